package dev.slant.stats;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.compare.Comparison;
import dev.slant.compare.ConceptComparison;
import dev.slant.compare.OutletProfile;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The label tables of every concept of a comparison in one voice, with the comparison's outlets:
 * the input of {@link FramingVectors} and {@link LabelIndependence}. Read it from a
 * {@link Comparison} with {@link #of}, or from a {@code comparison.json} with
 * {@link ComparisonJsonReader}. Immutable.
 *
 * @param voice the voice the labels were counted in
 * @param outlets every outlet of the comparison, in its order (some may name no concept)
 * @param tables one table per concept named in that voice, sorted by concept id
 */
public record LabelTables(VoiceKind voice, List<String> outlets, List<LabelTable> tables) {

    /** Validates and copies the fields. */
    public LabelTables {
        checkNotNull(voice, "voice");
        outlets = List.copyOf(outlets);
        tables = List.copyOf(tables);
    }

    /**
     * Returns the label tables of a comparison in one voice.
     *
     * @param comparison a comparison of outlets
     * @param voice a voice; {@link VoiceKind#NARRATOR} is the outlets' own framing
     * @return its tables
     */
    public static LabelTables of(Comparison comparison, VoiceKind voice) {
        List<LabelTable> tables = new ArrayList<>();
        for (ConceptComparison concept : comparison.concepts()) {
            concept.voice(voice).ifPresent(d -> tables.add(LabelTable.of(concept.concept(), d)));
        }
        return new LabelTables(voice, comparison.outlets().stream().map(OutletProfile::outlet).toList(), tables);
    }
}
