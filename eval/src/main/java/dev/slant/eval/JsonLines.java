package dev.slant.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines files and the fields of their objects, with errors that name file and line. */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    /**
     * One object and where it came from.
     *
     * @param file the file's name
     * @param line the 1-based line
     * @param node the object
     */
    record Entry(String file, int line, JsonNode node) {

        /**
         * Returns a required text field.
         *
         * @param name the field
         * @return its text
         * @throws GoldFormatException if it is missing or not a string
         */
        String text(String name) {
            return text(node, name);
        }

        String text(JsonNode object, String name) {
            JsonNode value = object.get(name);
            if (value == null || !value.isTextual()) {
                throw error("expected a string field \"" + name + "\"");
            }
            return value.asText();
        }

        int integer(JsonNode object, String name) {
            JsonNode value = object.get(name);
            if (value == null || !value.canConvertToInt()) {
                throw error("expected an integer field \"" + name + "\"");
            }
            return value.asInt();
        }

        double number(JsonNode object, String name) {
            JsonNode value = object.get(name);
            if (value == null || !value.isNumber()) {
                throw error("expected a number field \"" + name + "\"");
            }
            return value.asDouble();
        }

        JsonNode array(String name) {
            JsonNode value = node.get(name);
            if (value == null || !value.isArray()) {
                throw error("expected an array field \"" + name + "\"");
            }
            return value;
        }

        GoldFormatException error(String message) {
            return new GoldFormatException(file, line, message);
        }
    }

    /**
     * Reads every non-blank line of a file as a JSON object.
     *
     * @param file the file
     * @return the objects in file order
     * @throws IOException if the file cannot be read
     * @throws GoldFormatException if a line is not a JSON object
     */
    static List<Entry> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new GoldFormatException(name, i + 1, "expected a JSON object: " + e.getOriginalMessage());
            }
            if (!node.isObject()) {
                throw new GoldFormatException(name, i + 1, "expected a JSON object, found " + node.getNodeType());
            }
            entries.add(new Entry(name, i + 1, node));
        }
        return entries;
    }
}
