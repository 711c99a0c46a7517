package dev.slant.lexicons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Article;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the claims of {@code golden/*.expected} against the seed articles (see its README). */
class GoldenSeedTest {
    private static final Analyzer ANALYZER = Slant.analyzer().build();
    private static final Path SEEDS = Path.of(System.getProperty("slant.seeds"));

    static Stream<Path> expectations() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenSeedTest.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> expected = files.filter(p -> p.toString().endsWith(".expected")).sorted().toList();
            assertFalse(expected.isEmpty(), "no golden files");
            return expected.stream();
        }
    }

    /** A term's words with line breaks and runs of spaces read as one space. */
    private static String words(Term term) {
        return String.join(" ", term.text().split("\\s+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void findsTheExpectedVoices(Path expectation) throws IOException {
        String name = expectation.getFileName().toString().replace(".expected", ".txt");
        ArticleReport report = ANALYZER.analyze(new Article(name, "", "", "", "", Files.readString(SEEDS.resolve(name))));
        List<Term> labels = report.terms().stream().filter(t -> t.entry().category() == Category.LABEL)
                .collect(Collectors.toList());
        for (String line : Files.readAllLines(expectation)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] claim = line.split("\t", 2);
            String words = claim[1];
            String found = labels.stream().map(t -> t.text() + "/" + t.voice().kind().id())
                    .collect(Collectors.joining(", "));
            switch (claim[0]) {
                case "narrator":
                case "quoted":
                case "distanced":
                    VoiceKind voice = VoiceKind.valueOf(claim[0].toUpperCase(Locale.ROOT));
                    assertTrue(labels.stream().anyMatch(t -> words(t).equals(words) && t.voice().kind() == voice),
                            () -> name + ": expected " + line.replace('\t', ' ') + "; found " + found);
                    break;
                case "never-narrator":
                    assertTrue(labels.stream().noneMatch(t -> t.voice().kind() == VoiceKind.NARRATOR
                                    && t.text().toLowerCase(Locale.ROOT).contains(words)),
                            () -> name + ": expected no narrator label with '" + words + "'; found " + found);
                    break;
                case "distancing":
                    assertTrue(report.terms().stream().anyMatch(t -> t.entry().category() == Category.DISTANCING
                                    && t.text().equals(words) && t.voice().kind() == VoiceKind.NARRATOR),
                            () -> name + ": expected the distancing marker '" + words + "'");
                    break;
                default:
                    throw new IllegalArgumentException(expectation + ": unknown claim '" + claim[0] + "'");
            }
        }
    }
}
