package dev.slant.examples;

import dev.slant.Slant;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's quick start: analyse one article with the bundled packs and print each loaded
 * label with its voice.
 *
 * <p>Run it from the repository root with
 * {@code mvn -q -pl examples -am install -DskipTests && mvn -q -pl examples exec:java} or from an IDE;
 * the argument is a text file, by default the first seed article.
 */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Prints the labels of an article.
     *
     * @param args an optional path to a text file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "seeds/001_289c97c6adab94b1.txt");
        ArticleReport report = Slant.analyze(Files.readString(file));
        for (Term term : report.terms()) {
            if (term.entry().concept().isPresent()) {
                System.out.printf("%-28s %-10s %-14s %+.1f%n", term.text(), term.voice().kind().id(),
                        term.entry().concept().get(), term.entry().valence());
            }
        }
    }
}
