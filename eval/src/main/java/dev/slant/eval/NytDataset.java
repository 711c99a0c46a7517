package dev.slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The New York Times editorial sentences of the VADER paper (Hutto and Gilbert, ICWSM 2014), each
 * with the mean of 20 human sentiment ratings on -4..+4: one {@code id<TAB>mean<TAB>text} per line.
 * Figures: Pearson's {@code pearson_r} and Spearman's {@code spearman_rho} between the ratings and
 * the predicted scores.
 */
public final class NytDataset implements Dataset {
    private final SentenceSentimentPredictor predictor;

    /**
     * Scores a sentence sentiment predictor.
     *
     * @param predictor the predictor
     */
    public NytDataset(SentenceSentimentPredictor predictor) {
        this.predictor = Objects.requireNonNull(predictor, "predictor");
    }

    /**
     * One line of the predictions file: a sentence.
     *
     * @param id the sentence's id
     * @param gold the mean human rating, -4..+4
     * @param predicted the predicted score, -1..+1
     */
    public record Line(String id, double gold, double predicted) {}

    /**
     * A rated sentence.
     *
     * @param id its id
     * @param mean the mean rating
     * @param text the sentence
     */
    record Sentence(String id, double mean, String text) {}

    @Override
    public String name() {
        return "nyt";
    }

    @Override
    public Optional<Path> standardPath(Path dataRoot) {
        return Optional.of(dataRoot.resolve("nyt-sentiment").resolve("nyt-dev.tsv"));
    }

    @Override
    public Evaluation evaluate(Path data, PredictionSink predictions) throws IOException {
        List<Sentence> sentences = read(data);
        double[] gold = new double[sentences.size()];
        double[] predicted = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            gold[i] = sentence.mean();
            predicted[i] = predictor.score(sentence.text());
            predictions.accept(new Line(sentence.id(), gold[i], predicted[i]));
        }
        List<Figure> figures = List.of(new Figure("pearson_r", Correlation.pearson(gold, predicted)),
                new Figure("spearman_rho", Correlation.spearman(gold, predicted)));
        return new Evaluation(name(), sentences.size(), figures, List.of(), List.of("predictor: " + predictor));
    }

    /**
     * Reads a file.
     *
     * @param file the TSV file
     * @return its sentences
     * @throws IOException if it cannot be read
     * @throws GoldFormatException if a line has fewer than three fields or a mean is not a number
     */
    static List<Sentence> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int first = line.indexOf('\t');
            int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
            if (second < 0) {
                throw new GoldFormatException(name, i + 1, "expected id<TAB>mean<TAB>text");
            }
            double mean;
            try {
                mean = Double.parseDouble(line.substring(first + 1, second));
            } catch (NumberFormatException e) {
                throw new GoldFormatException(name, i + 1, "expected a number as the mean, found '"
                        + line.substring(first + 1, second) + "'");
            }
            sentences.add(new Sentence(line.substring(0, first), mean, line.substring(second + 1)));
        }
        return sentences;
    }
}
