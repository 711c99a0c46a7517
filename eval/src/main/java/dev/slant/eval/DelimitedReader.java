package dev.slant.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text (CSV in the RFC 4180 sense, with any one-character delimiter) into
 * records of fields: a field that starts with a double quote runs to the matching closing quote,
 * may hold delimiters and line breaks, and writes a quote as two quotes; a record ends at a line
 * break outside quotes ({@code \n} or {@code \r\n}).
 */
final class DelimitedReader {
    private final String file;
    private final char delimiter;

    /**
     * Reads with a delimiter.
     *
     * @param file the file's name, for messages
     * @param delimiter the field delimiter, such as {@code ';'}
     */
    DelimitedReader(String file, char delimiter) {
        this.file = file;
        this.delimiter = delimiter;
    }

    /**
     * One record and the line it starts on.
     *
     * @param line the 1-based line where the record starts
     * @param fields its fields, unquoted
     */
    record Row(int line, List<String> fields) {}

    /**
     * Splits a whole file's text into records; a final line break adds no empty record.
     *
     * @param text the file's text
     * @return the records, the header first
     * @throws GoldFormatException if a quoted field never closes or a closing quote is followed by
     *     something other than a delimiter or a line break
     */
    List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new GoldFormatException(file, quoteLine, "quoted field never closes");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new GoldFormatException(file, line,
                            "expected '" + delimiter + "' or a line break after a closing quote, found '" + text.charAt(i) + "'");
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
