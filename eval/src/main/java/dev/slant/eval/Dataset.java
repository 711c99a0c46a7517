package dev.slant.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One gold data format and how Slant is scored on it: an adapter reads the data, runs its
 * predictor over every item and computes the figures. Implementations are immutable and may be
 * reused.
 */
public interface Dataset {

    /**
     * Returns the name used on the command line and as the prefix of floors, such as {@code babe}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns where this set's development data lies under a data folder laid out as the project's
     * shared data is ({@code babe/babe-dev.csv}, {@code polnear/dev}, ...).
     *
     * @param dataRoot the data folder
     * @return the file or folder to evaluate, or empty for a format with no standard public set
     */
    Optional<Path> standardPath(Path dataRoot);

    /**
     * Scores the predictor on the data at a path.
     *
     * @param data the file or folder, in this adapter's format
     * @param predictions receives one record per scored item
     * @return the figures
     * @throws IOException if the data cannot be read
     * @throws GoldFormatException if the data is not in this adapter's format
     */
    Evaluation evaluate(Path data, PredictionSink predictions) throws IOException;
}
