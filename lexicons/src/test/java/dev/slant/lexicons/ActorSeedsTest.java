package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.actors.ActorFinding;
import dev.slant.actors.ActorPacks;
import dev.slant.actors.Mention;
import dev.slant.report.ArticleReport;
import dev.slant.sentiment.Evidence;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The actors of the five seed articles, as the analysis computes them with the Syrian war packs:
 * who is found, and how each outlet's own voice and the voices it quotes portray the armed groups
 * in Idlib.
 */
class ActorSeedsTest {
    private static final Path SEEDS = Path.of(System.getProperty("slant.seeds"));
    private static final Analyzer ANALYZER = Slant.analyzer().lexicon("conflict-labels/syria")
            .actors("actors/syria-2019").build();
    private static final Map<String, ArticleReport> REPORTS = new ConcurrentHashMap<>();
    private static final String VIETNAMESE = "000_a4c2f0c49d754bdd.txt";
    private static final String RHC = "001_289c97c6adab94b1.txt";
    private static final String REUTERS = "002_8a02db862622d40e.txt";
    private static final String RFERL = "003_ee63aafd8d45b27d.txt";
    private static final String IRANIAN = "004_76b3172b96ae87fc.txt";
    private static final String ARMED_GROUPS = "syria/idlib-armed-groups";

    private static ArticleReport report(String file) {
        return REPORTS.computeIfAbsent(file, f -> {
            try {
                return ANALYZER.analyze(Article.of(f, "", Files.readString(SEEDS.resolve(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ActorFinding actor(String file, String id) {
        return report(file).actors().stream().filter(a -> a.actor().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + file));
    }

    private static SentimentEstimate voice(String file, String id, VoiceKind voice) {
        return actor(file, id).byVoice().getOrDefault(voice, SentimentEstimate.NONE);
    }

    @Test
    void findsPutinAndErdoganWithTheirMentions() {
        for (String file : List.of(REUTERS, RFERL, IRANIAN)) {
            String text = report(file).text();
            for (String id : List.of("putin", "erdogan")) {
                ActorFinding actor = actor(file, id);
                assertTrue(actor.mentions().size() >= 2, id + " in " + file + ": " + actor.mentions());
                for (Mention mention : actor.mentions()) {
                    assertEquals(mention.text(), mention.span().textOf(text));
                }
            }
        }
        List<String> putin = actor(RFERL, "putin").mentions().stream().map(Mention::text).toList();
        assertTrue(putin.stream().anyMatch(m -> m.startsWith("Russian President")), putin.toString());
    }

    @Test
    void findsTheOtherActorsOfTheEvent() {
        assertTrue(actor(IRANIAN, "peskov").mentions().size() >= 1);
        assertTrue(actor(IRANIAN, "lavrov").mentions().size() >= 1);
        assertTrue(actor(RHC, "macron").mentions().size() >= 2);
        assertTrue(actor(REUTERS, "syria/army").mentions().size() >= 3);
        assertTrue(actor(VIETNAMESE, "syria/hts").mentions().size() >= 1);
    }

    @Test
    void stateMediaPortrayTheArmedGroupsNegativelyInTheirOwnVoice() {
        for (String file : List.of(RHC, IRANIAN)) {
            SentimentEstimate narrator = voice(file, ARMED_GROUPS, VoiceKind.NARRATOR);
            assertTrue(narrator.high() < 0, file + ": " + narrator.score() + " [" + narrator.low() + ", "
                    + narrator.high() + "]");
            for (String wire : List.of(REUTERS, RFERL)) {
                assertTrue(narrator.score() < voice(wire, ARMED_GROUPS, VoiceKind.NARRATOR).score(), file + " vs " + wire);
            }
            assertTrue(narrator.score() < voice(file, ARMED_GROUPS, VoiceKind.QUOTED).score(),
                    file + ": the outlet's own voice is harsher than the voices it quotes");
        }
    }

    @Test
    void wiresCarryTheHarshestWordsAboutTheArmedGroupsInQuotes() {
        for (String file : List.of(REUTERS, RFERL)) {
            double narrator = voice(file, ARMED_GROUPS, VoiceKind.NARRATOR).score();
            double quoted = voice(file, ARMED_GROUPS, VoiceKind.QUOTED).score();
            assertTrue(quoted < narrator, file + ": quoted " + quoted + ", narrator " + narrator);
        }
    }

    @Test
    void liberationCountsForTheSyrianArmyInTheIranianOutletsParaphraseOfItsAnnouncement() {
        // "the Syrian army officially announced the liberation of ... from the clutches of militants":
        // the outlet's words, in its paraphrase of the army's statement.
        List<Evidence> evidence = voice(IRANIAN, "syria/army", VoiceKind.REPORTED).evidence();
        assertTrue(evidence.stream().anyMatch(e -> e.text().equals("liberation") && e.contribution() > 0),
                evidence.toString());
    }

    @Test
    void bundledActorPacksLoad() {
        assertEquals(List.of("actors/syria-2019", "actors/world"), ActorPacks.available());
        assertEquals(List.of("actors/world"), ActorPacks.defaults());
        assertTrue(ActorPacks.load("actors/world").actors().size() > 50);
        assertTrue(ActorPacks.load("actors/syria-2019").actors().size() > 30);
    }

    @Test
    void everyLinkedConceptIsAConceptOfTheBundledLabelPacks() {
        java.util.Set<String> concepts = new java.util.HashSet<>();
        for (String name : dev.slant.lexicon.Lexicons.available()) {
            dev.slant.lexicon.Lexicons.load(name).entries().forEach(e -> e.concept().ifPresent(concepts::add));
        }
        for (String pack : ActorPacks.available()) {
            for (dev.slant.actors.Actor actor : ActorPacks.load(pack).actors()) {
                assertTrue(concepts.containsAll(actor.concepts()), pack + ": " + actor.id() + " " + actor.concepts());
            }
        }
    }

    @Test
    void randomTextNeverThrows() {
        String alphabet = "aAbBeEpPuUtTiInN \"'\u201C\u201D\u2019.,;:!?-\n\t\uFFFD\uD800";
        java.util.Random random = new java.util.Random(42);
        String[] words = {"Putin", "Mr", "Mr.", "Erdogan's", "the", "Turkish", "leader", "not", "very", "brutal",
            "terrorists", "Idlib", "\"", "said", "but", "good", ",", ".", "US", "us", "Al-Qaeda", "HTS"};
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                if (random.nextBoolean()) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            int a = random.nextInt(text.length() + 2) - 1;
            int b = random.nextInt(text.length() + 2) - 1;
            ArticleReport report = ANALYZER.analyze(Article.of(text.toString())
                    .withTargets(List.of(new dev.slant.sentiment.Target(a, b))));
            assertEquals(1, report.targets().size());
            for (ActorFinding actor : report.actors()) {
                for (Mention mention : actor.mentions()) {
                    assertEquals(mention.text(), mention.span().textOf(report.text()));
                }
            }
        }
    }

    @Test
    void badTextNeverThrowsWithTheBundledPacks() {
        String seed = report(REUTERS).text();
        for (String text : List.of("", "\"Putin said terrorists are brutal", seed.repeat(200),
                "Putin".repeat(100_000), "\u201CErdogan \u00AB Assad \u2018".repeat(20_000))) {
            ArticleReport report = ANALYZER.analyze(text);
            for (ActorFinding actor : report.actors()) {
                assertTrue(actor.sentiment().low() >= -1 && actor.sentiment().high() <= 1);
            }
        }
    }
}
