package dev.slant.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry line of a pack file cut at its TABs: its first field (a phrase, an id), then
 * {@code key=value} fields, each with the 0-based columns of its key and value, so that a parser
 * can name the column of any problem. Shared by the lexicon and actor pack parsers.
 *
 * @param first the first field, stripped
 * @param fields the key=value fields, in line order
 */
public record FieldLine(String first, List<Field> fields) {

    /**
     * One {@code key=value} field.
     *
     * @param key the key, stripped
     * @param value the value, stripped
     * @param column where the field starts
     * @param valueColumn where the value starts
     */
    public record Field(String key, String value, int column, int valueColumn) {}

    /** Makes the parser's exception for a problem at a column. */
    @FunctionalInterface
    public interface Problems {
        /**
         * Returns the exception to throw.
         *
         * @param column the 0-based column
         * @param problem what is wrong, and what was expected
         * @return the exception
         */
        RuntimeException at(int column, String problem);
    }

    /** Copies the fields. */
    public FieldLine {
        fields = List.copyOf(fields);
    }

    /**
     * Cuts a line from {@code from} on.
     *
     * @param text the line
     * @param from where the first field starts
     * @param problems makes the exception for a field that is not {@code key=value} or has no value
     * @return the fields
     */
    public static FieldLine parse(String text, int from, Problems problems) {
        int tab = text.indexOf('\t', from);
        String first = (tab < 0 ? text.substring(from) : text.substring(from, tab)).strip();
        List<Field> fields = new ArrayList<>();
        int i = tab;
        while (i >= 0 && i < text.length()) {
            while (i < text.length() && text.charAt(i) == '\t') {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int end = text.indexOf('\t', i);
            if (end < 0) {
                end = text.length();
            }
            String raw = text.substring(i, end).strip();
            if (!raw.isEmpty()) {
                fields.add(field(raw, i + leadingSpace(text, i), problems));
            }
            i = end;
        }
        return new FieldLine(first, fields);
    }

    private static Field field(String raw, int column, Problems problems) {
        int equals = raw.indexOf('=');
        if (equals <= 0) {
            throw problems.at(column, "expected key=value, found '" + raw + "'");
        }
        String rawValue = raw.substring(equals + 1);
        String value = rawValue.strip();
        if (value.isEmpty()) {
            throw problems.at(column + equals + 1, "expected a value after '" + raw.substring(0, equals + 1) + "'");
        }
        return new Field(raw.substring(0, equals).strip(), value, column,
                column + equals + 1 + leadingSpace(rawValue, 0));
    }

    private static int leadingSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
