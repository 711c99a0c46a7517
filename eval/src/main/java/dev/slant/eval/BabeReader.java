package dev.slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BABE's semicolon CSV: a header naming at least {@code text}, {@code label_bias} and
 * {@code biased_words}, then one sentence per record (quoted fields may hold semicolons and line
 * breaks).
 */
final class BabeReader {
    private BabeReader() {}

    /**
     * One BABE sentence.
     *
     * @param id the 1-based number of the record after the header
     * @param text the sentence
     * @param label {@code Biased}, {@code Non-biased} or another label as written (BABE has
     *     {@code No agreement})
     * @param biasedWords the words the annotators marked, as written
     */
    record Sentence(String id, String text, String label, List<String> biasedWords) {}

    /**
     * Reads a file.
     *
     * @param file the CSV file
     * @return its sentences in file order
     * @throws IOException if it cannot be read
     * @throws GoldFormatException if a column is missing, a record has the wrong number of fields
     *     or {@code biased_words} is not a list literal
     */
    static List<Sentence> read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a file's text.
     *
     * @param name the file's name, for messages
     * @param text its text
     * @return its sentences in file order
     * @throws GoldFormatException as {@link #read(Path)}
     */
    static List<Sentence> parse(String name, String text) {
        List<DelimitedReader.Row> rows = new DelimitedReader(name, ';').read(stripBom(text));
        if (rows.isEmpty()) {
            throw new GoldFormatException(name, 1, "expected a header line, found an empty file");
        }
        List<String> header = rows.get(0).fields();
        int textColumn = column(name, header, "text");
        int labelColumn = column(name, header, "label_bias");
        int wordsColumn = column(name, header, "biased_words");
        List<Sentence> sentences = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            DelimitedReader.Row row = rows.get(r);
            if (row.fields().size() != header.size()) {
                throw new GoldFormatException(name, row.line(), "expected " + header.size()
                        + " semicolon-separated fields, found " + row.fields().size());
            }
            List<String> words;
            try {
                words = ListLiteral.parse(row.fields().get(wordsColumn));
            } catch (IllegalArgumentException e) {
                throw new GoldFormatException(name, row.line(), "biased_words: " + e.getMessage());
            }
            sentences.add(new Sentence(Integer.toString(r), row.fields().get(textColumn),
                    row.fields().get(labelColumn).strip(), words));
        }
        return sentences;
    }

    private static int column(String name, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new GoldFormatException(name, 1, "expected a column named " + column + "; header: " + header);
        }
        return index;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
