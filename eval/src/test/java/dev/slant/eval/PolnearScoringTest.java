package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearScoringTest {

    @TempDir
    Path dir;

    @Test
    void goldAsPredictionsScoresOneEverywhere() throws IOException {
        Path data = Fixtures.polnear(dir);
        Evaluation evaluation = new PolnearDataset(gold(data, 0)).evaluate(data, PredictionSink.none());
        for (Figure figure : evaluation.figures()) {
            if (figure.name().endsWith("unknown_speaker_share")) {
                assertEquals(evaluation.value("gold.unknown_speaker_share"), figure.value(), figure.name());
            } else {
                assertEquals(1.0, figure.value(), 1e-12, figure.name());
            }
        }
        assertEquals(1.0 / 6, evaluation.value("unknown_speaker_share"), 1e-12);
        assertEquals(2, evaluation.items());
    }

    @Test
    void aShiftedContentLosesExactButKeepsOverlapMatches() throws IOException {
        Path data = Fixtures.polnear(dir);
        Evaluation evaluation = new PolnearDataset(gold(data, 1)).evaluate(data, PredictionSink.none());
        assertTrue(evaluation.value("content.exact.f1") < 1.0, evaluation.figures().toString());
        assertEquals(1.0, evaluation.value("content.overlap.f1"), 1e-12);
        assertEquals(1.0, evaluation.value("cue.exact.f1"), 1e-12);
    }

    @Test
    void aCueMovedOffItsSpanScoresLowerUnderBothRules() throws IOException {
        Path data = Fixtures.polnear(dir);
        AttributionPredictor gold = gold(data, 0);
        AttributionPredictor moved = text -> gold.predict(text).stream()
                .map(a -> new PredictedAttribution(a.cueEnd() + 1, a.cueEnd() + 2, a.sourceStart(), a.sourceEnd(),
                        a.contentStart(), a.contentEnd()))
                .toList();
        Evaluation evaluation = new PolnearDataset(moved).evaluate(data, PredictionSink.none());
        assertEquals(0.0, evaluation.value("cue.exact.f1"), 1e-12);
        assertTrue(evaluation.value("cue.overlap.f1") < 1.0);
        assertEquals(1.0, evaluation.value("source.exact.f1"), 1e-12);
    }

    /** Predicts each article's gold attributions, with content starts moved by {@code shift}. */
    private static AttributionPredictor gold(Path data, int shift) throws IOException {
        Map<String, List<PredictedAttribution>> byText = new HashMap<>();
        for (PolnearDataset.GoldFile file : PolnearDataset.goldFiles(data.resolve("attributions"), data.resolve("text"))) {
            String text = Files.readString(data.resolve("text").resolve(file.id() + ".txt"), StandardCharsets.UTF_8);
            List<PredictedAttribution> gold = PolnearDataset.attributions(
                    BratReader.parse(file.id(), Files.readString(file.file(), StandardCharsets.UTF_8)));
            byText.put(text, gold.stream().map(a -> new PredictedAttribution(a.cueStart(), a.cueEnd(), a.sourceStart(),
                    a.sourceEnd(), a.contentStart() + shift, a.contentEnd())).toList());
        }
        return text -> byText.getOrDefault(text, List.of());
    }
}
