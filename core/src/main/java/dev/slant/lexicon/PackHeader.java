package dev.slant.lexicon;

import dev.slant.internal.FieldLine;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code @key value} header lines of a pack file, as lexicon and actor packs share them:
 * which keys a format allows, the five every pack needs, the rules for a pack's name, and the
 * {@link PackInfo} they make. Each problem is reported at its column through the parser's own
 * exception. Not thread-safe: one per file being read.
 */
public final class PackHeader {
    /** The headers every pack needs. */
    public static final List<String> REQUIRED = List.of("name", "version", "language", "license", "source");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private final List<String> keys;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    /**
     * Starts reading the header of a format.
     *
     * @param keys every key the format allows, the required ones included
     */
    public PackHeader(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /** A header line that was read: its key, its value and the value's column. */
    public record Line(String key, String value, int valueColumn) {}

    /**
     * Reads the header line {@code @key value} that starts at column {@code at}.
     *
     * @param text the line
     * @param at the column of its {@code @}
     * @param line the line's number, for a later "given twice"
     * @param problems makes the parser's exception
     * @return the key and its value
     */
    public Line read(String text, int at, int line, FieldLine.Problems problems) {
        String key = wordAt(text, at).substring(1);
        int keyEnd = at + 1 + key.length();
        if (!keys.contains(key)) {
            throw problems.at(at, "unknown header '@" + key + "'; expected one of @" + String.join(", @", keys));
        }
        String value = text.substring(keyEnd).strip();
        if (value.isEmpty()) {
            throw problems.at(keyEnd, "expected a value after @" + key);
        }
        if (values.containsKey(key)) {
            throw problems.at(at, "header @" + key + " given twice; first at line " + lines.get(key));
        }
        int valueColumn = text.indexOf(value, keyEnd);
        if (key.equals("name") && !NAME.matcher(value).matches()) {
            throw problems.at(valueColumn, "pack name must be lower-case letters, digits, '-', '.', '_' "
                    + "in parts separated by '/', found '" + value + "'");
        }
        values.put(key, value);
        lines.put(key, line);
        return new Line(key, value, valueColumn);
    }

    /**
     * Returns the word that starts at a column, such as a header's {@code @key}.
     *
     * @param text a line
     * @param at the word's first column
     * @return the characters up to the next white space
     */
    public static String wordAt(String text, int at) {
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    /**
     * Checks that every required header was given.
     *
     * @param before what comes after the header, for the message ("the first entry")
     * @param problems makes the parser's exception
     */
    public void requireAll(String before, FieldLine.Problems problems) {
        for (String required : REQUIRED) {
            if (!values.containsKey(required)) {
                throw problems.at(0, "missing header @" + required + " before " + before + "; required: @"
                        + String.join(", @", REQUIRED));
            }
        }
    }

    /**
     * Returns the pack's name, once read.
     *
     * @return the name, or null before its header line
     */
    public String name() {
        return values.get("name");
    }

    /**
     * Returns the pack's information from the header read.
     *
     * @return the information
     */
    public PackInfo info() {
        return new PackInfo(values.get("name"), values.get("version"), values.get("language"), values.get("license"),
                values.get("source"), values.getOrDefault("description", ""));
    }
}
