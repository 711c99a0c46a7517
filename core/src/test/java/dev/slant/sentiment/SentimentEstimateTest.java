package dev.slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slant.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentEstimateTest {
    private static Evidence piece(double contribution) {
        return new Evidence(new Span(0, 1), "x", contribution);
    }

    @Test
    void noEvidenceIsNeutralWithTheWholeRange() {
        SentimentEstimate none = SentimentEstimate.of(List.of());
        assertEquals(0, none.score());
        assertEquals(-1, none.low());
        assertEquals(1, none.high());
    }

    @Test
    void onePieceGivesItsValueAndNoBound() {
        SentimentEstimate one = SentimentEstimate.of(List.of(piece(-0.4)));
        assertEquals(-0.4, one.score(), 1e-12);
        assertEquals(-1, one.low());
        assertEquals(1, one.high());
    }

    @Test
    void theIntervalIsStudentsT() {
        // mean -0.3, sample sd 0.1, n 3: half width t(2) * 0.1 / sqrt(3) = 4.303 * 0.0577
        SentimentEstimate three = SentimentEstimate.of(List.of(piece(-0.2), piece(-0.3), piece(-0.4)));
        assertEquals(-0.3, three.score(), 1e-12);
        double half = 4.303 * 0.1 / Math.sqrt(3);
        assertEquals(-0.3 - half, three.low(), 1e-9);
        assertEquals(-0.3 + half, three.high(), 1e-9);
    }

    @Test
    void contributionsAreClippedAndTheIntervalStaysInRange() {
        SentimentEstimate clipped = SentimentEstimate.of(List.of(piece(-3), piece(-1.5)));
        assertEquals(-1, clipped.score(), 1e-12);
        assertEquals(-1, clipped.low(), 1e-12);
        assertEquals(-1, clipped.high(), 1e-12);
    }

    @Test
    void arraysGiveTheSameEstimateWithoutBuildingEvidence() {
        EvidenceArrays arrays = new EvidenceArrays("good bad", new int[] {0, 5}, new int[] {4, 8},
                new double[] {0.5, -0.1});
        SentimentEstimate estimate = SentimentEstimate.of(arrays);
        assertEquals(0.2, estimate.score(), 1e-12);
        assertEquals("bad", estimate.evidence().get(1).text());
        assertEquals(SentimentEstimate.of(List.of(piece(0.5), piece(-0.1))).high(), estimate.high(), 1e-12);
    }

    @Test
    void rejectsAScoreOutsideItsInterval() {
        assertThrows(IllegalArgumentException.class, () -> new SentimentEstimate(0.5, -0.2, 0.1, List.of()));
    }
}
