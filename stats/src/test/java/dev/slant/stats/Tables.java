package dev.slant.stats;

import dev.slant.voice.VoiceKind;
import java.util.List;

/** Hand-made label tables for the tests. */
final class Tables {
    private Tables() {}

    static LabelTable table(String concept, List<String> outlets, List<String> labels, int[]... counts) {
        return new LabelTable(concept, VoiceKind.NARRATOR, outlets, labels, counts);
    }

    static LabelTables tables(List<String> outlets, LabelTable... tables) {
        return new LabelTables(VoiceKind.NARRATOR, outlets, List.of(tables));
    }
}
