package dev.slant.cli;

import dev.slant.Analyzer;
import dev.slant.eval.ConfusionMatrix;
import dev.slant.eval.Dataset;
import dev.slant.eval.Datasets;
import dev.slant.eval.Evaluation;
import dev.slant.eval.EvaluationTable;
import dev.slant.eval.Floors;
import dev.slant.eval.GenericDataset;
import dev.slant.eval.GoldFormatException;
import dev.slant.eval.PredictionSink;
import dev.slant.eval.PredictionWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slant eval}: scores Slant on gold data and checks the figures against floors. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Slant on gold data: babe (biased sentences and words), polnear",
                "(attribution), newsmtsc (sentiment toward targets), nyt (sentence",
                "sentiment), generic (your own gold spans), or all the public sets under one",
                "data folder. See docs/evaluation.md."},
        footer = {"", "Data: babe takes babe-dev.csv; polnear a split folder (text/, attributions/);",
                "newsmtsc a .jsonl file or a folder of them (train.jsonl left out); nyt the",
                "id<TAB>mean<TAB>text file; generic a .jsonl of",
                "{\"id\", \"text\", \"spans\": [{\"start\", \"end\", \"label\"}]}; all a folder holding",
                "babe/babe-dev.csv, polnear/dev, newsmtsc/ and nyt-sentiment/nyt-dev.tsv",
                "(those present are run).",
                "", "Packs: the defaults and loaded-words/en (the analyzer of the published",
                "figures), then each --lexicon; --no-defaults drops both.",
                "", "Exit status: 0 scored (and every floor held); 1 a figure below its floor",
                "(each named on standard error); 2 bad usage, unreadable or malformed data,",
                "or a bad lexicon.",
                "", "Examples:", "  ./slant eval all --data ../shared/data",
                "  ./slant eval babe --data babe/babe-dev.csv --predictions babe.jsonl",
                "  ./slant eval polnear --data polnear/dev",
                "  ./slant eval newsmtsc --data newsmtsc --sentiment-predictor vader-rules",
                "  ./slant eval all --data ../shared/data --check-floors eval/floors.properties",
                "  ./slant eval generic --data gold.jsonl --lexicon my.lex --label-by concept"})
final class EvalCommand implements Callable<Integer> {
    private static final String ALL = "all";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET",
            description = "babe, polnear, newsmtsc, nyt, generic, or all.")
    private String dataset;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "The data set's file or folder; for all, the folder holding every set.")
    private Path data;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Writes one JSON line per scored item; for all, a folder that gets DATASET.jsonl for each set.")
    private Path predictions;

    @Option(names = "--check-floors", paramLabel = "FILE",
            description = "A file of dataset.figure=value floors; exits 1 when a figure falls below its floor.")
    private Path floorsFile;

    @Option(names = "--label-by", paramLabel = "KIND", defaultValue = "category",
            description = "generic only: what a term's label is, category, concept or label (default: ${DEFAULT-VALUE}).")
    private String labelBy;

    @Option(names = "--sentiment-predictor", paramLabel = "NAME", defaultValue = "slant",
            description = "newsmtsc and nyt: slant (the analyzer's sentiment layer) or vader-rules (the plain-VADER "
                    + "baseline: VADER's lexicon and rules on the whole sentence) (default: ${DEFAULT-VALUE}).")
    private String sentimentPredictor;

    @Mixin
    private LexiconOptions packs = new LexiconOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!dataset.equals(ALL) && !Datasets.NAMES.contains(dataset)) {
            err.println("slant: unknown data set '" + dataset + "'; expected one of " + Datasets.NAMES + " or all");
            return 2;
        }
        GenericDataset.TermLabel termLabel;
        try {
            termLabel = GenericDataset.TermLabel.fromId(labelBy);
        } catch (IllegalArgumentException e) {
            err.println("slant: --label-by: " + e.getMessage());
            return 2;
        }
        if (!Datasets.SENTIMENT_PREDICTORS.contains(sentimentPredictor)) {
            err.println("slant: --sentiment-predictor: expected one of " + Datasets.SENTIMENT_PREDICTORS + ", found '"
                    + sentimentPredictor + "'");
            return 2;
        }
        Optional<Analyzer> analyzer = packs.analyzer(err, List.of(Datasets.LOADED_WORDS));
        if (analyzer.isEmpty()) {
            return 2;
        }
        try {
            Optional<Floors> floors = floorsFile == null ? Optional.empty() : Optional.of(Floors.read(floorsFile));
            List<Evaluation> evaluations = dataset.equals(ALL) ? evaluateAll(analyzer.get(), err)
                    : List.of(evaluateOne(dataset(dataset, analyzer.get(), termLabel, sentimentPredictor), data,
                            predictions));
            if (evaluations.isEmpty()) {
                err.println("slant: no data set found under " + data);
                return 2;
            }
            out.print(EvaluationTable.format(evaluations));
            if (!dataset.equals(ALL)) {
                printDetails(evaluations.get(0), out);
            }
            out.flush();
            if (floors.isPresent()) {
                List<String> violations = floors.get().violations(evaluations);
                violations.forEach(violation -> err.println("slant: floor: " + violation));
                if (!violations.isEmpty()) {
                    return 1;
                }
            }
            return 0;
        } catch (NoSuchFileException e) {
            err.println("slant: no such file or folder: " + e.getFile());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("slant: cannot read or write: " + e.getMessage());
            return 2;
        } catch (GoldFormatException e) {
            err.println("slant: " + e.getMessage());
            return 2;
        }
    }

    private static Dataset dataset(String name, Analyzer analyzer, GenericDataset.TermLabel termLabel,
            String sentimentPredictor) {
        return name.equals("generic") ? new GenericDataset(analyzer, termLabel)
                : Datasets.named(name, analyzer, sentimentPredictor);
    }

    private List<Evaluation> evaluateAll(Analyzer analyzer, PrintWriter err) throws IOException {
        if (predictions != null) {
            Files.createDirectories(predictions);
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (String name : Datasets.NAMES) {
            Dataset set = Datasets.named(name, analyzer, sentimentPredictor);
            Optional<Path> path = set.standardPath(data);
            if (path.isEmpty()) {
                continue;
            }
            if (!Files.exists(path.get())) {
                err.println("slant: " + name + ": not found at " + path.get() + "; skipped");
                continue;
            }
            evaluations.add(evaluateOne(set, path.get(), predictions == null ? null : predictions.resolve(name + ".jsonl")));
        }
        return evaluations;
    }

    private static Evaluation evaluateOne(Dataset set, Path path, Path predictionsFile) throws IOException {
        if (predictionsFile == null) {
            return set.evaluate(path, PredictionSink.none());
        }
        try (PredictionWriter writer = PredictionWriter.toFile(predictionsFile)) {
            return set.evaluate(path, writer);
        }
    }

    private static void printDetails(Evaluation evaluation, PrintWriter out) {
        for (ConfusionMatrix matrix : evaluation.confusions()) {
            out.println();
            out.print(matrix.toText());
        }
        out.println();
        evaluation.notes().forEach(note -> out.println(String.format(Locale.ROOT, "note: %s", note)));
    }
}
