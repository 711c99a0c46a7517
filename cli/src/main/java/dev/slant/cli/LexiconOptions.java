package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.lexicon.LexiconException;
import dev.slant.sentiment.TargetModel;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose lexicon packs, shared by every command that analyses text. */
final class LexiconOptions {

    @Option(names = "--lexicon", paramLabel = "NAME|FILE",
            description = "Adds a pack by name (see `slant lexicon list`) or a .lex file, after the defaults; repeatable.")
    List<String> lexicons = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "NAME|FILE",
            description = "Adds an actor pack by name (actors/world is a default, actors/syria-2019 an event pack) "
                    + "or an .actors file; repeatable.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--no-actors", description = "Leaves actors out of the reports (several times faster); "
            + "targets are still scored.")
    boolean noActors;

    @Option(names = "--no-defaults", description = "Starts from no pack instead of the bundled defaults.")
    boolean noDefaults;

    @Option(names = "--target-model", paramLabel = "bundled|FILE",
            description = "Labels targets with a learned model (the bundled one trained on NewsMTSC, or a model file; "
                    + "see docs/sentiment.md) instead of the rules' thresholds.")
    String targetModel;

    /**
     * Builds the analyzer these options describe, or says on {@code err} why it cannot.
     *
     * @param err where a missing or invalid pack is reported, as {@code slant: FILE:LINE:COLUMN: ...}
     * @return the analyzer, or empty when a pack is missing or invalid or no pack is left
     */
    Optional<Analyzer> analyzer(PrintWriter err) {
        return analyzer(err, List.of());
    }

    /**
     * Builds the analyzer these options describe, with further packs after the defaults unless
     * {@code --no-defaults} drops them too.
     *
     * @param err where a missing or invalid pack is reported
     * @param withDefaults packs that come with the defaults, before the {@code --lexicon} packs
     * @return the analyzer, or empty when a pack is missing or invalid or no pack is left
     */
    Optional<Analyzer> analyzer(PrintWriter err, List<String> withDefaults) {
        try {
            Analyzer.Builder builder = Slant.analyzer().defaults(!noDefaults);
            if (!noDefaults) {
                withDefaults.forEach(builder::lexicon);
            }
            lexicons.forEach(builder::lexicon);
            actors.forEach(builder::actors);
            builder.findActors(!noActors);
            if (targetModel != null) {
                builder.targetModel(targetModel.equals("bundled") ? TargetModel.bundled().orElseThrow(
                        () -> new IllegalStateException("no bundled target model on the class path"))
                        : TargetModel.read(Path.of(targetModel)));
            }
            return Optional.of(builder.build());
        } catch (UncheckedIOException e) {
            err.println("slant: " + e.getMessage());
            return Optional.empty();
        } catch (LexiconException | IllegalStateException e) {
            err.println("slant: " + e.getMessage());
            return Optional.empty();
        }
    }
}
