package dev.slant.eval;

import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the brat standoff records that PolNeAR uses: text-bound annotations
 * ({@code T12<TAB>Cue 107 114<TAB>reports}, discontinuous as {@code Content 315 448;463 553}) and
 * events ({@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}). A record's text may contain
 * line breaks: a new record starts only at a line that begins with {@code T}, {@code E} or
 * {@code #}, a number and a tab; any other line continues the record before it. Comment records
 * ({@code #}) are skipped.
 */
final class BratReader {
    private BratReader() {}

    /**
     * A text-bound annotation.
     *
     * @param id such as {@code T12}
     * @param type such as {@code Cue}
     * @param fragments its character ranges, one unless discontinuous
     * @param text the text brat stored for it
     */
    record TextBound(String id, String type, List<Span> fragments, String text) {
        /** Copies the fragments. */
        TextBound {
            fragments = List.copyOf(fragments);
        }

        /**
         * Returns the span from the first fragment's start to the last fragment's end.
         *
         * @return the envelope
         */
        Span envelope() {
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (Span fragment : fragments) {
                start = Math.min(start, fragment.start());
                end = Math.max(end, fragment.end());
            }
            return new Span(start, end);
        }
    }

    /**
     * An event.
     *
     * @param id such as {@code E1}
     * @param type the type of its trigger, such as {@code Attribution}
     * @param trigger the id of its trigger annotation
     * @param arguments its arguments in file order, each role (such as {@code Content2}) to a
     *     text-bound id
     */
    record Event(String id, String type, String trigger, Map<String, String> arguments) {
        /** Copies the arguments, keeping their order. */
        Event {
            arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }
    }

    /**
     * A file's annotations.
     *
     * @param textBounds the text-bound annotations by id
     * @param events the events in file order
     */
    record Annotations(Map<String, TextBound> textBounds, List<Event> events) {}

    /**
     * Parses a file's content.
     *
     * @param file the file's name, for messages
     * @param content its content
     * @return the annotations
     * @throws GoldFormatException if a record is malformed
     */
    static Annotations parse(String file, String content) {
        Map<String, TextBound> textBounds = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (Record record : records(content)) {
            String text = record.text();
            int tab = text.indexOf('\t');
            String id = text.substring(0, tab);
            String rest = text.substring(tab + 1);
            switch (id.charAt(0)) {
                case 'T' -> textBounds.put(id, textBound(file, record.line(), id, rest));
                case 'E' -> events.add(event(file, record.line(), id, rest));
                default -> { }
            }
        }
        return new Annotations(textBounds, events);
    }

    /** A record's text and the 1-based line it starts on. */
    record Record(int line, String text) {}

    /**
     * Splits a file into records by the rule in the class comment; blank lines between records
     * are dropped.
     *
     * @param content the file's content
     * @return the records
     */
    static List<Record> records(String content) {
        List<Record> records = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        int line = 0;
        int start = 0;
        while (start <= content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = content.length();
            }
            line++;
            String text = content.substring(start, end);
            if (startsRecord(text)) {
                if (current != null) {
                    records.add(new Record(currentLine, withoutFinalBreaks(current)));
                }
                current = new StringBuilder(text);
                currentLine = line;
            } else if (current != null) {
                current.append('\n').append(text);
            } else if (!text.isBlank()) {
                throw new GoldFormatException("brat", line, "expected a record starting with T, E or # and a number");
            }
            start = end + 1;
        }
        if (current != null) {
            records.add(new Record(currentLine, withoutFinalBreaks(current)));
        }
        return records;
    }

    /** Blank lines after a record separate records; they are not part of its text. */
    private static String withoutFinalBreaks(StringBuilder record) {
        int end = record.length();
        while (end > 0 && (record.charAt(end - 1) == '\n' || record.charAt(end - 1) == '\r')) {
            end--;
        }
        return record.substring(0, end);
    }

    private static boolean startsRecord(String line) {
        if (line.length() < 3 || "TE#".indexOf(line.charAt(0)) < 0) {
            return false;
        }
        int i = 1;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 1 && i < line.length() && line.charAt(i) == '\t';
    }

    private static TextBound textBound(String file, int line, String id, String rest) {
        int tab = rest.indexOf('\t');
        String head = tab < 0 ? rest : rest.substring(0, tab);
        String text = tab < 0 ? "" : rest.substring(tab + 1);
        int space = head.indexOf(' ');
        if (space < 0) {
            throw new GoldFormatException(file, line, id + ": expected a type and offsets, found '" + head + "'");
        }
        List<Span> fragments = new ArrayList<>();
        for (String range : head.substring(space + 1).split(";")) {
            String[] bounds = range.strip().split(" ");
            try {
                fragments.add(new Span(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[bounds.length - 1])));
            } catch (RuntimeException e) {
                throw new GoldFormatException(file, line, id + ": expected 'START END' offsets, found '" + range + "'");
            }
        }
        return new TextBound(id, head.substring(0, space), fragments, text);
    }

    private static Event event(String file, int line, String id, String rest) {
        Map<String, String> arguments = new LinkedHashMap<>();
        String type = null;
        String trigger = null;
        for (String part : rest.strip().split("\\s+")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new GoldFormatException(file, line, id + ": expected ROLE:ID, found '" + part + "'");
            }
            String role = part.substring(0, colon);
            String target = part.substring(colon + 1);
            if (type == null) {
                type = role;
                trigger = target;
            } else {
                arguments.put(role, target);
            }
        }
        if (type == null) {
            throw new GoldFormatException(file, line, id + ": expected a trigger TYPE:ID");
        }
        return new Event(id, type, trigger, arguments);
    }
}
