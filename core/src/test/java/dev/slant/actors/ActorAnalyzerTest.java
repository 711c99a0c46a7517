package dev.slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Inflection;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.LexiconParser;
import dev.slant.lexicon.Stance;
import dev.slant.report.ArticleReport;
import dev.slant.report.ReportJson;
import dev.slant.report.ReportText;
import dev.slant.sentiment.SentimentLabel;
import dev.slant.sentiment.Target;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorAnalyzerTest {
    private static final String ACTORS = String.join("\n", "@name test/actors", "@version 1", "@language en",
            "@license Apache-2.0", "@source tests",
            "putin\tname=Vladimir Putin\ttype=person\taliases=Vladimir Putin|Putin\troles=Russian president",
            "erdogan\tname=Recep Tayyip Erdogan\ttype=person\taliases=Recep Tayyip Erdogan|Erdogan\troles=Turkish leader",
            "russia-government\tname=Russia's government\ttype=government\taliases=Kremlin",
            "united-states\tname=the United States\ttype=state\taliases=US|United States",
            "armed-groups\tname=the armed groups\ttype=armed-group\tconcepts=armed-groups",
            "assad\tname=Bashar al-Assad\ttype=person\taliases=Assad",
            "syria-government\tname=Syria's government\ttype=government\tconcepts=government", "");
    private static final String LABELS = String.join("\n", "@name test/labels", "@version 1", "@language en",
            "@license Apache-2.0", "@source tests", "@category label", "@inflect noun",
            "terrorist\tconcept=armed-groups\tvalence=-0.9", "rebel\tconcept=armed-groups\tvalence=-0.1",
            "Assad regime\tconcept=government\tvalence=-0.6", "said\tcategory=report-verb\tinflect=none", "");
    private static final String VALENCE = String.join("\n", "@name test/valence", "@version 1", "@language en",
            "@license Apache-2.0", "@source tests", "@category sentiment", "brutal\tvalence=-0.75",
            "wise\tvalence=0.6", "praised\tvalence=0.55", "great\tvalence=0.8", "");
    static final Analyzer ANALYZER = Slant.analyzer().defaults(false)
            .lexicon(LexiconParser.parse("labels.lex", LABELS))
            .actors(ActorPackParser.parse("test.actors", ACTORS))
            .valence(LexiconParser.parse("valence.lex", VALENCE)).build();

    private static Optional<ActorFinding> actor(ArticleReport report, String id) {
        return report.actors().stream().filter(a -> a.actor().id().equals(id)).findFirst();
    }

    private static List<String> mentions(ArticleReport report, String id) {
        return actor(report, id).map(a -> a.mentions().stream().map(Mention::text).collect(Collectors.toList()))
                .orElse(List.of());
    }

    @Test
    void resolvesAliasesTitlesPossessivesAndRoles() {
        ArticleReport report = ANALYZER.analyze("Russian President Vladimir Putin met the Turkish leader in Sochi. "
                + "Mr Putin's aides said Erdogan's plan was new. The Russian president left.");
        assertEquals(List.of("Russian President Vladimir Putin", "Mr Putin's", "Russian president"),
                mentions(report, "putin"));
        assertEquals(List.of("Turkish leader", "Erdogan's"), mentions(report, "erdogan"));
        assertEquals(MentionKind.ROLE, actor(report, "erdogan").get().mentions().get(0).kind());
    }

    @Test
    void capitalisedAliasesNeedCapitalsInTheText() {
        ArticleReport report = ANALYZER.analyze("The US sent aid to us. The kremlin of the old town was closed.");
        assertEquals(List.of("US"), mentions(report, "united-states"));
        assertEquals(List.of(), mentions(report, "russia-government"));
    }

    @Test
    void labelsOfALinkedConceptAreMentionsWithTheirConnotation() {
        ArticleReport report = ANALYZER.analyze("The army shelled terrorists near the town. Rebels fled.");
        ActorFinding groups = actor(report, "armed-groups").orElseThrow();
        assertEquals(List.of("terrorists", "Rebels"), mentions(report, "armed-groups"));
        assertEquals(MentionKind.LABEL, groups.mentions().get(0).kind());
        assertEquals(List.of(-0.9, -0.1), groups.labels().stream().map(LabelChoice::valence).toList());
        assertTrue(groups.sentiment().score() < 0);
    }

    @Test
    void aLongerLabelNamesItsOwnActorRatherThanThePersonInsideIt() {
        ArticleReport report = ANALYZER.analyze("The Assad regime fell. Assad fled.");
        assertEquals(List.of("Assad regime"), mentions(report, "syria-government"));
        assertEquals(List.of("Assad"), mentions(report, "assad"));
    }

    @Test
    void unknownNamesBecomeActorsAndOrdinaryCapitalisedWordsDoNot() {
        ArticleReport report = ANALYZER.analyze("Yesterday John Smith met Mr Brown in town. Smith said Brown was wise. "
                + "Later the town was calm. Calm returned.");
        assertEquals(List.of("John Smith", "Smith"), mentions(report, "found/john-smith"));
        assertEquals(List.of("Mr Brown", "Brown"), mentions(report, "found/brown"));
        assertEquals(ActorType.PERSON, actor(report, "found/brown").get().actor().type());
        assertFalse(actor(report, "found/calm").isPresent(), "a word the text also writes in lower case");
        ArticleReport possessive = ANALYZER.analyze("Officials met in Paris. Brussels listened to Paris's plan.");
        assertEquals("Paris", actor(possessive, "found/paris").get().actor().name());
        ArticleReport dotted = ANALYZER.analyze("The talks went on. Then Mr. Jones spoke, and Dr. Lee agreed.");
        assertEquals(List.of("Mr. Jones"), mentions(dotted, "found/jones"));
        assertEquals(ActorType.PERSON, actor(dotted, "found/lee").get().actor().type());
        assertFalse(actor(report, "found/yesterday").isPresent());
        assertFalse(actor(report, "found/later").isPresent());
    }

    @Test
    void sentimentIsSplitByVoiceWithEvidence() {
        ArticleReport report = ANALYZER.analyze("Putin praised Erdogan as a wise partner. "
                + "\"Erdogan is a brutal man,\" the opposition leader said.");
        ActorFinding erdogan = actor(report, "erdogan").orElseThrow();
        assertTrue(erdogan.byVoice().get(VoiceKind.NARRATOR).score() > 0, erdogan.toString());
        assertTrue(erdogan.byVoice().get(VoiceKind.QUOTED).score() < 0, erdogan.toString());
        assertTrue(erdogan.sentiment().evidence().stream().anyMatch(e -> e.text().equals("brutal")));
        assertTrue(erdogan.sentiment().low() <= erdogan.sentiment().score()
                && erdogan.sentiment().score() <= erdogan.sentiment().high());
    }

    @Test
    void anotherActorsLabelIsNoEvidenceTowardTheActor() {
        ArticleReport report = ANALYZER.analyze("Putin fought terrorists.");
        ActorFinding putin = actor(report, "putin").orElseThrow();
        assertTrue(putin.sentiment().evidence().isEmpty(), putin.sentiment().toString());
    }

    @Test
    void explicitTargetsGetALabelAScoreAndEvidence() {
        String text = "The general was brutal. The mediator was great.";
        Article article = Article.of(text).withTargets(List.of(new Target(4, 11), new Target(28, 36),
                new Target(5, 7), new Target(40, 400), new Target(5, 5)));
        List<TargetSentiment> targets = ANALYZER.analyze(article).targets();
        assertEquals(5, targets.size());
        assertEquals(SentimentLabel.NEGATIVE, targets.get(0).label());
        assertEquals("brutal", targets.get(0).evidence().get(0).text());
        assertEquals(SentimentLabel.POSITIVE, targets.get(1).label());
        assertTrue(targets.get(2).problem().get().contains("cuts a word"));
        assertTrue(targets.get(3).problem().get().contains("beyond"));
        assertTrue(targets.get(4).problem().get().contains("empty"));
    }

    @Test
    void reportsWriteActorsAndTargets() {
        ArticleReport report = ANALYZER.analyze(Article.of("Putin praised Erdogan.").withTargets(List.of(new Target(0, 5))));
        String json = ReportJson.toJson(report, false);
        assertTrue(json.contains("\"actors\":[{\"id\":\"putin\",\"name\":\"Vladimir Putin\",\"type\":\"person\""), json);
        assertTrue(json.contains("\"targets\":[{\"start\":0,\"end\":5,\"label\":"), json);
        assertTrue(ReportText.summary(report).contains("Recep Tayyip Erdogan: 1 mention"), ReportText.summary(report));
    }

    @Test
    void analyzersWithoutActorsStillScoreTargets() {
        Analyzer plain = Slant.analyzer().defaults(false).lexicon(LexiconParser.parse("labels.lex", LABELS))
                .actors(ActorPackParser.parse("test.actors", ACTORS))
                .valence(LexiconParser.parse("valence.lex", VALENCE)).findActors(false).build();
        ArticleReport report = plain.analyze(Article.of("Putin was brutal.").withTargets(List.of(new Target(0, 5))));
        assertEquals(List.of(), report.actors());
        assertEquals(SentimentLabel.NEGATIVE, report.targets().get(0).label());
        assertEquals(List.of(), plain.analyze("Putin was brutal.").actors());
    }

    @Test
    void attributionAddsPronounMentionsAndStatementCues() {
        LexiconPack cues = LexiconPack.builder("test/cues")
                .add(LexiconEntry.builder("claim", Category.REPORT_VERB).stance(Stance.DISTANCING)
                        .inflection(Inflection.VERB).build())
                .add(LexiconEntry.builder("said", Category.REPORT_VERB).stance(Stance.NEUTRAL).build())
                .build();
        Analyzer withCues = Slant.analyzer().defaults(false).lexicon(LexiconParser.parse("labels.lex", LABELS))
                .lexicon(cues).actors(ActorPackParser.parse("test.actors", ACTORS))
                .valence(LexiconParser.parse("valence.lex", VALENCE)).build();
        ArticleReport report = withCues.analyze("Putin said the talks went well. He claimed victory.");
        ActorFinding putin = actor(report, "putin").orElseThrow();
        assertEquals(List.of("Putin", "He"), putin.mentions().stream().map(Mention::text).toList());
        assertEquals(MentionKind.PRONOUN, putin.mentions().get(1).kind());
        assertEquals(List.of("said:neutral", "claimed:distancing"),
                putin.statements().stream().map(c -> c.text() + ":" + c.stance()).toList());
    }

    @Test
    void badTextNeverThrows() {
        for (String text : List.of("", "\"Putin is brutal", "Mr", "Mr Mr Mr", "\uD800Putin\u0000 US",
                "Putin ".repeat(200_000), "A".repeat(300_000), "Putin was wise ".repeat(100_000),
                "Wise Putin Great ".repeat(100_000), "\u2605 ".repeat(100_000) + "not wise", "\"".repeat(10_000) + "Erdogan")) {
            ArticleReport report = ANALYZER.analyze(Article.of(text).withTargets(List.of(new Target(-1, 3),
                    new Target(0, text.length()))));
            assertEquals(2, report.targets().size());
            for (ActorFinding actor : report.actors()) {
                assertTrue(actor.sentiment().score() >= -1 && actor.sentiment().score() <= 1);
            }
        }
    }
}
