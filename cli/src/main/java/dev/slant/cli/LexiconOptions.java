package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.Slant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose lexicon packs, shared by every command that analyses text. */
final class LexiconOptions {

    @Option(names = "--lexicon", paramLabel = "NAME|FILE",
            description = "Adds a pack by name (see `slant lexicon list`) or a .lex file, after the defaults; repeatable.")
    List<String> lexicons = new ArrayList<>();

    @Option(names = "--no-defaults", description = "Starts from no pack instead of the bundled defaults.")
    boolean noDefaults;

    /**
     * Builds the analyzer these options describe.
     *
     * @return the analyzer
     * @throws dev.slant.lexicon.LexiconException if a pack is missing or invalid
     * @throws IllegalStateException if no pack is left
     */
    Analyzer analyzer() {
        Analyzer.Builder builder = Slant.analyzer().defaults(!noDefaults);
        lexicons.forEach(builder::lexicon);
        return builder.build();
    }
}
