package dev.slant.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogOddsTest {

    @Test
    void scoresATwoByTwoTableByHand() {
        // a: 3 of 4 against 1 of 4, prior 1 each (a0 = 2):
        // delta = ln((3+1)/(4+2-3-1)) - ln((1+1)/(4+2-1-1)) = ln 2 - ln 0.5 = 2 ln 2
        // var = 1/(3+1) + 1/(1+1) = 0.75, z = 2 ln 2 / sqrt(0.75) = 1.600754
        List<DistinctiveLabel> scores = LogOdds.score(List.of("a", "b"), new int[] {3, 1}, new int[] {1, 3},
                new double[] {1, 1});
        assertEquals(2 * Math.log(2), scores.get(0).logOdds(), 1e-12);
        assertEquals(1.600754, scores.get(0).z(), 1e-6);
        assertEquals(-scores.get(0).z(), scores.get(1).z(), 1e-12);
        assertEquals(3, scores.get(0).count());
        assertEquals(1, scores.get(0).others());
    }

    @Test
    void aStrongerPriorShrinksTheScore() {
        int[] i = {8, 2};
        int[] j = {2, 8};
        double weak = LogOdds.score(List.of("a", "b"), i, j, new double[] {0.5, 0.5}).get(0).z();
        double strong = LogOdds.score(List.of("a", "b"), i, j, new double[] {50, 50}).get(0).z();
        assertEquals(true, strong < weak, "weak " + weak + ", strong " + strong);
    }

    @Test
    void distinctiveLabelsComeFirstAndUnusedOnesAreLeftOut() {
        // group: terrorists 6, rebels 0, militants 2; all: terrorists 7, rebels 9, militants 4
        List<DistinctiveLabel> top = LogOdds.distinctive(List.of("terrorists", "rebels", "militants"),
                new int[] {6, 0, 2}, new int[] {7, 9, 4}, 10, 5);
        assertEquals(List.of("terrorists", "militants"), top.stream().map(DistinctiveLabel::label).toList());
        assertEquals(true, top.get(0).z() > 1.96, top.toString());
    }

    @Test
    void rejectsANonPositivePrior() {
        assertThrows(IllegalArgumentException.class,
                () -> LogOdds.score(List.of("a", "b"), new int[] {1, 1}, new int[] {1, 1}, new double[] {0, 1}));
    }
}
