package dev.slant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.Article;
import dev.slant.sentiment.Target;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from the inputs the command line accepts, one at a time so that large corpora
 * stream: a {@code .txt} file, a folder of them (with its {@code manifest.tsv} where there is
 * one), a {@code .jsonl} corpus (each line an object with {@code text}, optional metadata and
 * optional {@code targets}), or {@code -} for standard input. Problems with one input or one
 * line are reported to the {@link Problems} sink and the rest is still read.
 */
final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Problems problems;
    private final Consumer<Article> sink;

    ArticleReader(Problems problems, Consumer<Article> sink) {
        this.problems = problems;
        this.sink = sink;
    }

    void read(String input) {
        if (input.equals("-")) {
            readStandardInput();
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            readFolder(path);
        } else if (!Files.exists(path)) {
            problems.skip(input + ": no such file or folder");
        } else if (input.endsWith(".jsonl")) {
            try (InputStream in = Files.newInputStream(path)) {
                readJsonl(input, in);
            } catch (IOException e) {
                problems.skip(input + ": cannot read: " + e.getMessage());
            }
        } else {
            Path folder = path.toAbsolutePath().getParent();
            Map<String, Map<String, String>> manifest = readManifest(folder.resolve("manifest.tsv"));
            readTextFile(path, fileName(path), manifest.getOrDefault(fileName(path), Map.of()));
        }
    }

    /** Standard input is a JSONL corpus when it starts with '{' (streamed line by line), else one article. */
    private void readStandardInput() {
        try {
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(System.in, 1 << 16);
            in.mark(1 << 16);
            int first;
            int peeked = 0;
            do {
                first = in.read();
                peeked++;
            } while (first != -1 && Character.isWhitespace(first) && peeked < (1 << 16));
            in.reset();
            if (first == '{') {
                readJsonl("<stdin>", in);
            } else {
                sink.accept(new Article("stdin", "", "", "", "", decode(in.readAllBytes())));
            }
        } catch (IOException e) {
            problems.skip("<stdin>: cannot read: " + e.getMessage());
        }
    }

    private void readFolder(Path folder) {
        Map<String, Map<String, String>> manifest = readManifest(folder.resolve("manifest.tsv"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            problems.skip(folder + ": cannot list: " + e.getMessage());
            return;
        }
        if (files.isEmpty()) {
            problems.skip(folder + ": no .txt files in the folder");
        }
        for (Path file : files) {
            readTextFile(file, fileName(file), manifest.getOrDefault(fileName(file), Map.of()));
        }
    }

    private void readTextFile(Path file, String id, Map<String, String> metadata) {
        try {
            String text = decode(Files.readAllBytes(file));
            sink.accept(new Article(id, metadata.getOrDefault("outlet", ""), metadata.getOrDefault("title", ""),
                    metadata.getOrDefault("published", metadata.getOrDefault("date", "")),
                    metadata.getOrDefault("url", ""), text));
        } catch (IOException e) {
            problems.skip(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads a TSV whose header names the columns and whose first column is the file name. */
    private Map<String, Map<String, String>> readManifest(Path manifest) {
        Map<String, Map<String, String>> byFile = new HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return byFile;
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return byFile;
            }
            String[] columns = lines.get(0).split("\t", -1);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] values = lines.get(i).split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < columns.length && c < values.length; c++) {
                    row.put(columns[c].strip(), values[c].strip());
                }
                byFile.put(values[0].strip(), row);
            }
        } catch (IOException e) {
            problems.skip(manifest + ": cannot read the manifest: " + e.getMessage());
        }
        return byFile;
    }

    private void readJsonl(String name, InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                sink.accept(article(JSON.readTree(line), name, number));
            } catch (IOException | IllegalArgumentException e) {
                problems.skip(name + ":" + number + ": " + firstLine(e.getMessage()));
            }
        }
    }

    private static Article article(JsonNode node, String name, int line) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("expected a \"text\" field with a string");
        }
        return new Article(field(node, "id", name + ":" + line), field(node, "outlet", ""), field(node, "title", ""),
                field(node, "date", ""), field(node, "url", ""), text.asText(), targets(node.get("targets")));
    }

    /**
     * Reads {@code "targets": [{"start": 0, "end": 5}, ...]}. A span that does not fit the text gets
     * its error in the report; a field that is not of this shape makes the line unreadable.
     */
    private static List<Target> targets(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("expected \"targets\" to be an array of {\"start\": INT, \"end\": INT}");
        }
        List<Target> targets = new ArrayList<>(node.size());
        for (JsonNode target : node) {
            JsonNode start = target.get("start");
            JsonNode end = target.get("end");
            if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()
                    || !start.isIntegralNumber() || !end.isIntegralNumber()) {
                throw new IllegalArgumentException("expected each target to be {\"start\": INT, \"end\": INT}, found "
                        + target);
            }
            targets.add(new Target(start.intValue(), end.intValue()));
        }
        return targets;
    }

    private static String field(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    /** Article text is decoded leniently: a broken byte becomes U+FFFD and a diagnostic, not an error. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(Path path) {
        return path.getFileName().toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable line";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Inputs and lines that could not be read: each one message, all counted. */
    static final class Problems {
        private final List<String> messages = new ArrayList<>();
        private final java.io.PrintWriter err;
        private final Runnable beforeMessage;

        Problems(java.io.PrintWriter err) {
            this(err, () -> { });
        }

        /**
         * @param err where each problem is named
         * @param beforeMessage what to do before a message, such as clearing a progress bar's line
         */
        Problems(java.io.PrintWriter err, Runnable beforeMessage) {
            this.err = err;
            this.beforeMessage = beforeMessage;
        }

        void skip(String message) {
            messages.add(message);
            beforeMessage.run();
            err.println("slant: skipped " + message);
            err.flush();
        }

        int count() {
            return messages.size();
        }
    }
}
