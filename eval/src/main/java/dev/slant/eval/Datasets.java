package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.Slant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The adapters by name, each with the predictor the harness reports: Slant's analyzer where Slant
 * has the layer, a baseline named as such where it does not yet.
 *
 * <pre>{@code
 * Analyzer analyzer = Datasets.standardAnalyzer();
 * Evaluation babe = Datasets.named("babe", analyzer).evaluate(Path.of("babe-dev.csv"), PredictionSink.none());
 * double f1 = babe.value("sentence.macro_f1");
 * }</pre>
 */
public final class Datasets {
    /** Every adapter's name, in the order {@code all} runs them. */
    public static final List<String> NAMES = List.of("babe", "polnear", "newsmtsc", "nyt", "generic");

    /** The predictors of the sentiment sets: Slant's layer, or the plain-VADER baseline. */
    public static final List<String> SENTIMENT_PREDICTORS = List.of("slant", "vader-rules");

    /** The pack the harness adds to the defaults: strongly valenced words, for bias and sentiment. */
    public static final String LOADED_WORDS = "loaded-words/en";

    private Datasets() {}

    /**
     * Builds the analyzer whose figures the project reports: the bundled defaults and
     * {@value #LOADED_WORDS}.
     *
     * @return the analyzer
     */
    public static Analyzer standardAnalyzer() {
        return Slant.analyzer().lexicon(LOADED_WORDS).build();
    }

    /**
     * Returns an adapter with its reported predictor: {@code babe} with
     * {@link LoadedTermBiasRule#defaults}, {@code polnear} with
     * {@link SlantAttributions}, {@code newsmtsc} and {@code nyt} with
     * {@link SlantSentiment}, {@code generic} with the analyzer's terms labelled by category.
     *
     * @param name one of {@link #NAMES}
     * @param analyzer the analyzer whose packs the predictors use
     * @return the adapter
     * @throws IllegalArgumentException for an unknown name
     */
    public static Dataset named(String name, Analyzer analyzer) {
        return named(name, analyzer, "slant");
    }

    /**
     * Returns an adapter whose sentiment sets ({@code newsmtsc}, {@code nyt}) are scored with one
     * of {@link #SENTIMENT_PREDICTORS}: {@code slant}, or {@code vader-rules}, the baseline
     * {@link VaderRulesBaseline}; the other sets are as {@link #named(String, Analyzer)} gives them.
     *
     * @param name one of {@link #NAMES}
     * @param analyzer the analyzer whose packs the predictors use
     * @param sentimentPredictor one of {@link #SENTIMENT_PREDICTORS}
     * @return the adapter
     * @throws IllegalArgumentException for an unknown name or predictor
     */
    public static Dataset named(String name, Analyzer analyzer, String sentimentPredictor) {
        Objects.requireNonNull(analyzer, "analyzer");
        var sentiment = switch (sentimentPredictor) {
            case "slant" -> new SlantSentiment(analyzer);
            case "vader-rules" -> new VaderRulesBaseline();
            default -> throw new IllegalArgumentException("unknown sentiment predictor '" + sentimentPredictor
                    + "'; known: " + SENTIMENT_PREDICTORS);
        };
        return switch (name) {
            case "babe" -> new BabeDataset(LoadedTermBiasRule.defaults(analyzer));
            case "polnear" -> new PolnearDataset(new SlantAttributions(analyzer));
            case "newsmtsc" -> new NewsMtscDataset(sentiment);
            case "nyt" -> new NytDataset(sentiment);
            case "generic" -> new GenericDataset(analyzer, GenericDataset.TermLabel.CATEGORY);
            default -> throw new IllegalArgumentException("unknown data set '" + name + "'; known: " + NAMES);
        };
    }

    /**
     * Scores every adapter whose standard development file or folder exists under a data folder.
     *
     * @param dataRoot a folder laid out as the project's shared data
     * @param analyzer the analyzer whose packs the predictors use
     * @return the evaluations, in the order of {@link #NAMES}; empty when no set is there
     * @throws IOException if a set cannot be read
     */
    public static List<Evaluation> evaluateAll(Path dataRoot, Analyzer analyzer) throws IOException {
        List<Evaluation> evaluations = new ArrayList<>();
        for (String name : NAMES) {
            Dataset dataset = named(name, analyzer);
            var path = dataset.standardPath(dataRoot);
            if (path.isPresent() && Files.exists(path.get())) {
                evaluations.add(dataset.evaluate(path.get(), PredictionSink.none()));
            }
        }
        return evaluations;
    }
}
