package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.report.ArticleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericScoringTest {
    private static final Analyzer ANALYZER = Datasets.standardAnalyzer();
    private static final String TEXT = "The so-called rebels attacked the regime, a brutal and corrupt one.";

    @TempDir
    Path dir;

    private Path gold(int shift) throws IOException {
        ArticleReport report = ANALYZER.analyze(TEXT);
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < report.termCount(); i++) {
            spans.add("{\"start\": " + (report.termStart(i) + shift) + ", \"end\": " + report.termEnd(i)
                    + ", \"label\": \"" + report.termEntry(i).category().id() + "\"}");
        }
        assertTrue(spans.size() >= 3, spans.toString());
        Path file = dir.resolve("gold" + shift + ".jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"" + TEXT + "\", \"spans\": [" + String.join(", ", spans) + "]}\n");
        return file;
    }

    @Test
    void theAnalyzersOwnTermsAsGoldScoreOne() throws IOException {
        Evaluation evaluation = new GenericDataset(ANALYZER, GenericDataset.TermLabel.CATEGORY)
                .evaluate(gold(0), PredictionSink.none());
        evaluation.figures().forEach(figure -> assertEquals(1.0, figure.value(), 1e-12, figure.name()));
    }

    @Test
    void shiftedGoldSpansMatchOnlyByOverlapAndOtherLabelsNotAtAll() throws IOException {
        Evaluation shifted = new GenericDataset(ANALYZER, GenericDataset.TermLabel.CATEGORY)
                .evaluate(gold(1), PredictionSink.none());
        assertEquals(0.0, shifted.value("span.exact.f1"), 1e-12);
        assertEquals(1.0, shifted.value("span.overlap.f1"), 1e-12);
        Evaluation relabelled = new GenericDataset(ANALYZER, GenericDataset.TermLabel.LABEL)
                .evaluate(gold(0), PredictionSink.none());
        assertEquals(1.0, relabelled.value("span.exact.f1"), 1e-12);
        assertTrue(relabelled.value("labelled.exact.f1") < 1.0);
    }
}
