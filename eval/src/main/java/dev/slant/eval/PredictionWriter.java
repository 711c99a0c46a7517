package dev.slant.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each item an adapter scores as one line of JSON (JSON Lines): its id, its gold and
 * predicted values and the spans behind them, so that anyone can recompute every figure from the
 * file alone. The fields of each data set's lines are listed in {@code docs/evaluation.md}.
 */
public final class PredictionWriter implements PredictionSink, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Writer out;

    /**
     * Writes to a writer, which {@link #close()} closes.
     *
     * @param out the writer
     */
    public PredictionWriter(Writer out) {
        this.out = out;
    }

    /**
     * Creates or replaces a file, in UTF-8.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created
     */
    public static PredictionWriter toFile(Path file) throws IOException {
        return new PredictionWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }

    /**
     * Writes one item as one line.
     *
     * @param item a record Jackson can write
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void accept(Object item) {
        try {
            out.write(JSON.writeValueAsString(item));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
