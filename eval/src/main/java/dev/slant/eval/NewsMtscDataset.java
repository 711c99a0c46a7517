package dev.slant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * NewsMTSC (Hamborg and Donnay, EACL 2021): news sentences, each with a target mention and the
 * sentiment toward it. One JSON object per line: {@code primary_gid}, {@code sentence_normalized}
 * and {@code targets}, objects with {@code Input.gid}, {@code from}, {@code to} (exclusive) and
 * {@code polarity} (2.0 negative, 4.0 neutral, 6.0 positive). The scored target of a line is the
 * one whose {@code Input.gid} is the line's {@code primary_gid} (the others are further mentions
 * of it), or the first target when none is.
 *
 * <p>Given a file, its figures are {@code NAME.macro_f1} (the mean of the three classes' F1, the
 * paper's F1m) and {@code NAME.accuracy}, {@code NAME} being the file name without
 * {@code .jsonl}; given a folder, every {@code .jsonl} file in it except {@code train.jsonl} is
 * scored so.
 */
public final class NewsMtscDataset implements Dataset {
    private final TargetSentimentPredictor predictor;

    /**
     * Scores a target sentiment predictor.
     *
     * @param predictor the predictor
     */
    public NewsMtscDataset(TargetSentimentPredictor predictor) {
        this.predictor = Objects.requireNonNull(predictor, "predictor");
    }

    /**
     * One line of the predictions file: a target.
     *
     * @param id the line's {@code primary_gid}
     * @param set the file's name without {@code .jsonl}
     * @param gold {@code negative}, {@code neutral} or {@code positive}
     * @param predicted the same for the prediction
     * @param score the predicted score in [-1, 1]
     * @param target the target's span in the sentence
     */
    public record Line(String id, String set, String gold, String predicted, double score, SpanText target) {}

    /**
     * A target to score.
     *
     * @param id the line's {@code primary_gid}
     * @param text the sentence
     * @param start the target's first character
     * @param end one past its last character
     * @param gold its sentiment
     */
    public record Target(String id, String text, int start, int end, Polarity gold) {}

    @Override
    public String name() {
        return "newsmtsc";
    }

    @Override
    public Optional<Path> standardPath(Path dataRoot) {
        return Optional.of(dataRoot.resolve("newsmtsc"));
    }

    @Override
    public Evaluation evaluate(Path data, PredictionSink predictions) throws IOException {
        List<Path> files;
        if (Files.isDirectory(data)) {
            try (Stream<Path> listing = Files.list(data)) {
                files = listing.filter(file -> file.getFileName().toString().endsWith(".jsonl"))
                        .filter(file -> !file.getFileName().toString().equals("train.jsonl")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new GoldFormatException(data.toString(), 0, "expected .jsonl files other than train.jsonl");
            }
        } else {
            files = List.of(data);
        }
        List<Figure> figures = new ArrayList<>();
        List<ConfusionMatrix> matrices = new ArrayList<>();
        int items = 0;
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String set = fileName.endsWith(".jsonl") ? fileName.substring(0, fileName.length() - ".jsonl".length())
                    : fileName;
            ConfusionMatrix.Builder matrix = ConfusionMatrix.builder(set,
                    Arrays.stream(Polarity.values()).map(Polarity::id).toList());
            for (Target target : read(file)) {
                TargetSentimentPredictor.Prediction prediction = predictor.predict(target.text(), target.start(),
                        target.end());
                matrix.add(target.gold().id(), prediction.polarity().id());
                predictions.accept(new Line(target.id(), set, target.gold().id(), prediction.polarity().id(),
                        prediction.score(), SpanText.of(new Span(target.start(), target.end()),
                                target.text())));
                items++;
            }
            ConfusionMatrix built = matrix.build();
            matrices.add(built);
            figures.add(new Figure(set + ".macro_f1", built.macroF1()));
            figures.add(new Figure(set + ".accuracy", built.accuracy()));
        }
        return new Evaluation(name(), items, figures, matrices, List.of("predictor: " + predictor));
    }

    /**
     * Reads the targets of a file.
     *
     * @param file a NewsMTSC JSONL file
     * @return one target per line
     * @throws IOException if it cannot be read
     * @throws GoldFormatException if a line lacks a field or a span is outside its sentence
     */
    public static List<Target> read(Path file) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (JsonLines.Entry entry : JsonLines.read(file)) {
            String id = entry.text("primary_gid");
            String text = entry.text("sentence_normalized");
            JsonNode all = entry.array("targets");
            if (all.isEmpty()) {
                throw entry.error("expected at least one target");
            }
            JsonNode primary = all.get(0);
            for (JsonNode target : all) {
                if (id.equals(target.path("Input.gid").asText())) {
                    primary = target;
                    break;
                }
            }
            int start = entry.integer(primary, "from");
            int end = entry.integer(primary, "to");
            if (start < 0 || start > end || end > text.length()) {
                throw entry.error("target span [" + start + ", " + end + ") is outside the sentence of length "
                        + text.length());
            }
            Polarity gold;
            try {
                gold = Polarity.ofValue(entry.number(primary, "polarity"));
            } catch (IllegalArgumentException e) {
                throw entry.error(e.getMessage());
            }
            targets.add(new Target(id, text, start, end, gold));
        }
        return targets;
    }
}
