package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.attribution.Attribution;
import dev.slant.attribution.Source;
import dev.slant.lexicon.Category;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the claims of {@code golden/<corpus>/*.expected} against the articles of each corpus
 * (see the README there): one case per {@code .expected} file, one analyzer per corpus, built
 * from the defaults and the packs its {@code corpus.properties} names.
 */
class GoldenCorpusTest {
    /** The repository root: the parent of the seeds folder that the build names. */
    private static final Path ROOT = Path.of(System.getProperty("slant.seeds")).toAbsolutePath().getParent();
    private static final Map<Path, Analyzer> ANALYZERS = new ConcurrentHashMap<>();
    /** Where the outlet's own words stand: its narration and its paraphrase of a source. */
    private static final Set<VoiceKind> OUTLETS_OWN = EnumSet.of(VoiceKind.NARRATOR, VoiceKind.REPORTED);

    /** A corpus folder of {@code golden/}: where its articles are and which packs read them. */
    record Corpus(Path golden, Path articles, List<String> packs) {

        static Corpus read(Path golden) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(golden.resolve("corpus.properties"), StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(golden + ": cannot read corpus.properties", e);
            }
            String folder = properties.getProperty("folder", "").strip();
            if (folder.isEmpty()) {
                throw new IllegalArgumentException(golden.resolve("corpus.properties") + ": folder= is missing");
            }
            Path articles = ROOT.resolve(folder).normalize();
            if (!Files.isDirectory(articles)) {
                throw new IllegalArgumentException(golden.resolve("corpus.properties") + ": no corpus folder " + articles);
            }
            List<String> packs = Stream.of(properties.getProperty("packs", "").split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            return new Corpus(golden, articles, packs);
        }

        Analyzer analyzer() {
            return ANALYZERS.computeIfAbsent(golden, key -> {
                Analyzer.Builder builder = Slant.analyzer();
                packs.forEach(builder::lexicon);
                return builder.build();
            });
        }
    }

    static Stream<Named<Path>> expectations() throws IOException, URISyntaxException {
        Path golden = Path.of(GoldenCorpusTest.class.getResource("/golden").toURI());
        List<Named<Path>> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(golden)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                assertTrue(Files.isRegularFile(folder.resolve("corpus.properties")),
                        () -> folder + ": a golden corpus folder needs a corpus.properties");
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> expected = files.filter(p -> p.toString().endsWith(".expected")).sorted().toList();
                    assertFalse(expected.isEmpty(), () -> folder + ": no .expected files");
                    for (Path file : expected) {
                        cases.add(Named.of(folder.getFileName() + "/" + file.getFileName(), file));
                    }
                }
            }
        }
        assertFalse(cases.isEmpty(), "no golden corpus folders");
        return cases.stream();
    }

    /** A term's words with line breaks and runs of spaces read as one space. */
    /** An attribution as the claims write it: speaker (or source words, or "-"), cue, stance and kind. */
    private static String describe(Attribution attribution) {
        String speaker = attribution.speaker()
                .orElse(attribution.source().map(Source::text).orElse("-")).replaceAll("\\s+", " ");
        return speaker + "|" + attribution.cue().text().replaceAll("\\s+", " ") + "|"
                + attribution.cue().stance().id() + "|" + attribution.kind().id();
    }

    private static String words(Term term) {
        return String.join(" ", term.text().split("\\s+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void findsTheExpectedVoices(Path expectation) throws IOException {
        Corpus corpus = Corpus.read(expectation.getParent());
        String file = expectation.getFileName().toString().replace(".expected", ".txt");
        String name = expectation.getParent().getFileName() + "/" + file;
        Path article = corpus.articles().resolve(file);
        assertTrue(Files.isRegularFile(article), () -> expectation + ": no article " + article);
        ArticleReport report = corpus.analyzer().analyze(new Article(file, "", "", "", "", Files.readString(article)));
        List<Term> labels = report.terms().stream().filter(t -> t.entry().category() == Category.LABEL)
                .collect(Collectors.toList());
        String found = labels.stream().map(t -> t.text() + "/" + t.voice().kind().id())
                .collect(Collectors.joining(", "));
        int claims = 0;
        for (String line : Files.readAllLines(expectation)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            claims++;
            String[] claim = line.split("\t", 2);
            if (claim.length < 2) {
                throw new IllegalArgumentException(expectation + ": expected CLAIM<TAB>WORDS, found '" + line + "'");
            }
            String words = claim[1];
            switch (claim[0]) {
                case "narrator":
                case "reported":
                case "quoted":
                case "distanced":
                    VoiceKind voice = VoiceKind.valueOf(claim[0].toUpperCase(Locale.ROOT));
                    assertTrue(labels.stream().anyMatch(t -> words(t).equals(words) && t.voice().kind() == voice),
                            () -> name + ": expected " + line.replace('\t', ' ') + "; found " + found);
                    break;
                case "never-narrator":
                    String word = words.toLowerCase(Locale.ROOT);
                    assertTrue(labels.stream().noneMatch(t -> t.voice().kind() == VoiceKind.NARRATOR
                                    && t.text().toLowerCase(Locale.ROOT).contains(word)),
                            () -> name + ": expected no narrator label with '" + words + "'; found " + found);
                    break;
                case "distancing":
                    assertTrue(report.terms().stream().anyMatch(t -> t.entry().category() == Category.DISTANCING
                                    && t.text().equals(words) && OUTLETS_OWN.contains(t.voice().kind())),
                            () -> name + ": expected the distancing marker '" + words + "'");
                    break;
                case "attribution":
                    assertTrue(report.attributions().stream().anyMatch(a -> describe(a).equals(words)),
                            () -> name + ": expected the attribution " + words + "; found "
                                    + report.attributions().stream().map(GoldenCorpusTest::describe).toList());
                    break;
                case "spoken-by":
                    assertTrue(labels.stream().anyMatch(t -> (words(t) + "|" + t.speaker().orElse("-")).equals(words)),
                            () -> name + ": expected " + words + "; found " + labels.stream()
                                    .map(t -> words(t) + "|" + t.speaker().orElse("-")).toList());
                    break;
                default:
                    throw new IllegalArgumentException(expectation + ": unknown claim '" + claim[0] + "'");
            }
        }
        assertTrue(claims > 0, () -> expectation + ": no claims");
    }
}
