package dev.slant.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.compare.Comparison;
import dev.slant.internal.EnumIds;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the label tables of one voice from a {@code comparison.json} that {@code slant compare}
 * wrote (schema {@code slant.comparison/1}), so that the statistics can run on a comparison made
 * elsewhere, by the command line, without analysing the articles again.
 */
public final class ComparisonJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComparisonJsonReader() {}

    /**
     * Reads the tables of one voice.
     *
     * @param file a {@code comparison.json}
     * @param voice the voice whose labels to read
     * @return the tables, one per concept named in that voice
     * @throws IOException when the file cannot be read or is not JSON
     * @throws IllegalArgumentException when it is not a comparison of schema {@code slant.comparison/1},
     *     with the file and the field that is wrong
     */
    public static LabelTables read(Path file, VoiceKind voice) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String schema = root.path("schema").asText("");
        if (!schema.equals(Comparison.SCHEMA)) {
            throw new IllegalArgumentException(file + ": expected schema \"" + Comparison.SCHEMA + "\", found \""
                    + schema + "\"");
        }
        List<String> outlets = new ArrayList<>();
        for (JsonNode outlet : array(file, root, "outlets")) {
            outlets.add(text(file, outlet, "outlet"));
        }
        List<LabelTable> tables = new ArrayList<>();
        for (JsonNode concept : array(file, root, "concepts")) {
            for (JsonNode distribution : array(file, concept, "voices")) {
                if (!text(file, distribution, "voice").equals(EnumIds.idOf(voice))) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                array(file, distribution, "labels").forEach(label -> labels.add(label.asText()));
                List<String> rows = new ArrayList<>();
                List<int[]> counts = new ArrayList<>();
                for (JsonNode row : array(file, distribution, "outlets")) {
                    rows.add(text(file, row, "outlet"));
                    int[] values = new int[labels.size()];
                    JsonNode cells = array(file, row, "counts");
                    if (cells.size() != labels.size()) {
                        throw new IllegalArgumentException(file + ": concept " + text(file, concept, "concept")
                                + ": expected " + labels.size() + " counts per outlet, found " + cells.size());
                    }
                    for (int i = 0; i < values.length; i++) {
                        if (!cells.get(i).canConvertToInt() || !cells.get(i).isIntegralNumber() || cells.get(i).asInt() < 0) {
                            throw new IllegalArgumentException(file + ": concept " + text(file, concept, "concept")
                                    + ": expected counts that are non-negative integers, found " + cells.get(i));
                        }
                        values[i] = cells.get(i).asInt();
                    }
                    counts.add(values);
                }
                tables.add(new LabelTable(text(file, concept, "concept"), voice, rows, labels,
                        counts.toArray(int[][]::new)));
            }
        }
        return new LabelTables(voice, outlets, tables);
    }

    private static JsonNode array(Path file, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(file + ": expected an array in field \"" + field + "\"");
        }
        return node;
    }

    private static String text(Path file, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(file + ": expected a string in field \"" + field + "\"");
        }
        return node.asText();
    }
}
