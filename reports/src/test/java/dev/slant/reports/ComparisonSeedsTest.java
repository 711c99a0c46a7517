package dev.slant.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.compare.ActorComparison;
import dev.slant.compare.ActorProfile;
import dev.slant.compare.Comparison;
import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.compare.LabelDistribution;
import dev.slant.voice.VoiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison of the five seed outlets, computed from the articles: the outlets aligned with
 * Damascus name the armed groups in Idlib far more negatively in their own voice than RFE/RL and
 * Reuters do.
 */
class ComparisonSeedsTest {
    private static final Comparison COMPARISON = compare();

    private static Comparison compare() {
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        Seeds.REPORTS.forEach(accumulator::add);
        return accumulator.result();
    }

    private static double narratorLabelValence(String outlet) {
        ActorComparison groups = COMPARISON.actor("syria/idlib-armed-groups").orElseThrow();
        ActorProfile profile = groups.outlet(outlet).orElseThrow(() -> new AssertionError(outlet));
        return profile.narratorLabelValence().orElseThrow(() -> new AssertionError("no narrator label in " + outlet));
    }

    private static final List<String> PRO_DAMASCUS = List.of(Seeds.outlet("Radio Habana"), Seeds.outlet("Iranian"));
    private static final List<String> WESTERN = List.of(Seeds.outlet("Radio Free Europe"), Seeds.outlet("Reuters"));

    @Test
    void proDamascusOutletsChooseMoreNegativeLabelsForTheArmedGroupsThanRferlAndReuters() {
        // every label chosen for the actor in the outlet's own voice, of either label pack
        for (String a : PRO_DAMASCUS) {
            for (String b : WESTERN) {
                double gap = narratorLabelValence(b) - narratorLabelValence(a);
                assertTrue(gap >= 0.15, a + " " + narratorLabelValence(a) + " against " + b + " "
                        + narratorLabelValence(b));
            }
        }
    }

    @Test
    void proDamascusOutletsNamesForTheIdlibGroupsAreMoreNegativeInTheConceptTable() {
        LabelDistribution narrator = COMPARISON.concept("syria/idlib-armed-groups").orElseThrow()
                .voice(VoiceKind.NARRATOR).orElseThrow();
        for (String a : PRO_DAMASCUS) {
            double mean = narrator.outlet(a).orElseThrow().meanValence().orElseThrow();
            for (String b : WESTERN) {
                double other = narrator.outlet(b).orElseThrow().meanValence().orElseThrow();
                assertTrue(other - mean >= 0.3, a + " " + mean + " against " + b + " " + other);
                assertTrue(narrator.divergence().get(a, b) > 0.5, "JSD " + a + ", " + b);
            }
        }
    }

    @Test
    void everyOutletIsComparedWithItsOwnArticleAndTokens() {
        assertEquals(5, COMPARISON.outlets().size());
        assertEquals(5, COMPARISON.articles());
        for (int i = 0; i < 5; i++) {
            assertEquals(Seeds.REPORTS.get(i).tokens(), COMPARISON.outlets().get(i).tokens());
        }
    }

    @Test
    void theBootstrapIntervalsAreReproducibleAndHoldTheirEstimates() {
        assertEquals(COMPARISON, compare());
        for (ActorComparison actor : COMPARISON.actors()) {
            for (ActorProfile p : actor.outlets()) {
                p.sentiment().ifPresent(s -> assertTrue(s.low() <= s.estimate() && s.estimate() <= s.high(),
                        actor.id() + " " + s));
            }
        }
    }
}
