package dev.slant.eval;

import dev.slant.text.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * BABE (Spinde et al., EMNLP Findings 2021): sentences labelled biased or non-biased, with the
 * words that make them biased. Figures: sentence macro-F1 and accuracy over the two labels, the F1
 * of the biased class, and precision, recall and F1 of the predicted loaded words against
 * {@code biased_words} under the rule of {@link BiasedWords} (summed over all sentences).
 * Sentences whose label is neither {@code Biased} nor {@code Non-biased} are skipped and counted in
 * the notes.
 */
public final class BabeDataset implements Dataset {
    static final String BIASED = "biased";
    static final String NON_BIASED = "non-biased";

    private final BiasPredictor predictor;

    /**
     * Scores a bias predictor.
     *
     * @param predictor the predictor
     */
    public BabeDataset(BiasPredictor predictor) {
        this.predictor = Objects.requireNonNull(predictor, "predictor");
    }

    /**
     * One line of the predictions file.
     *
     * @param id the record's number in the CSV, after the header
     * @param gold {@code biased} or {@code non-biased}
     * @param predicted the same for the prediction
     * @param goldWords the normal forms of the annotators' words
     * @param predictedWords the normal forms of the predicted loaded words
     * @param spans the predicted loaded spans
     */
    public record Line(String id, String gold, String predicted, List<String> goldWords,
            List<String> predictedWords, List<SpanText> spans) {}

    @Override
    public String name() {
        return "babe";
    }

    @Override
    public Optional<Path> standardPath(Path dataRoot) {
        return Optional.of(dataRoot.resolve("babe").resolve("babe-dev.csv"));
    }

    @Override
    public Evaluation evaluate(Path data, PredictionSink predictions) throws IOException {
        ConfusionMatrix.Builder sentences = ConfusionMatrix.builder("sentence", List.of(BIASED, NON_BIASED));
        PrfCounts words = PrfCounts.ZERO;
        int skipped = 0;
        int scored = 0;
        for (BabeReader.Sentence sentence : BabeReader.read(data)) {
            String gold = goldLabel(sentence.label());
            if (gold == null) {
                skipped++;
                continue;
            }
            BiasPredictor.Prediction prediction = predictor.predict(sentence.text());
            String predicted = prediction.biased() ? BIASED : NON_BIASED;
            sentences.add(gold, predicted);
            Set<String> goldWords = BiasedWords.goldWords(sentence.biasedWords());
            Set<String> predictedWords = BiasedWords.predictedWords(sentence.text(), prediction.loadedSpans());
            List<SpanText> spans = new ArrayList<>();
            for (Span span : prediction.loadedSpans()) {
                spans.add(SpanText.of(span, sentence.text()));
            }
            words = words.plus(BiasedWords.score(goldWords, predictedWords));
            predictions.accept(new Line(sentence.id(), gold, predicted, List.copyOf(goldWords),
                    List.copyOf(predictedWords), spans));
            scored++;
        }
        ConfusionMatrix matrix = sentences.build();
        List<Figure> figures = List.of(
                new Figure("sentence.macro_f1", matrix.macroF1()),
                new Figure("sentence.accuracy", matrix.accuracy()),
                new Figure("sentence.biased_f1", matrix.counts(BIASED).f1()),
                new Figure("words.precision", words.precision()),
                new Figure("words.recall", words.recall()),
                new Figure("words.f1", words.f1()));
        List<String> notes = List.of("predictor: " + predictor,
                skipped + " sentence(s) with a label other than Biased or Non-biased skipped");
        return new Evaluation(name(), scored, figures, List.of(matrix), notes);
    }

    private static String goldLabel(String label) {
        return switch (label) {
            case "Biased" -> BIASED;
            case "Non-biased" -> NON_BIASED;
            default -> null;
        };
    }
}
