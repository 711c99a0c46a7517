package dev.slant.reports;

import dev.slant.compare.Comparison;
import dev.slant.compare.ConceptComparison;
import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.voice.VoiceKind;
import java.util.Comparator;
import java.util.List;

/**
 * Which concepts the summaries show first: those the most outlets name in their own voice, and
 * among them those with the most terms, then by id. (Ranking by divergence instead would put
 * first the concepts named once or twice per outlet, whose divergence is mostly noise.)
 */
final class ConceptOrder {

    private ConceptOrder() {}

    static List<ConceptComparison> shown(Comparison comparison, int limit) {
        return comparison.concepts().stream()
                .filter(c -> c.voice(VoiceKind.NARRATOR).isPresent())
                .sorted(Comparator.comparingInt((ConceptComparison c) -> -narrator(c).outlets().size())
                        .thenComparingInt(c -> -narrator(c).outlets().stream().mapToInt(OutletLabels::total).sum())
                        .thenComparing(ConceptComparison::concept))
                .limit(limit).toList();
    }

    private static LabelDistribution narrator(ConceptComparison c) {
        return c.voice(VoiceKind.NARRATOR).orElseThrow();
    }
}
