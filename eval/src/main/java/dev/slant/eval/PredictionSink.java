package dev.slant.eval;

/**
 * Receives one record per scored item (a sentence, a target, an article), to be written as one
 * JSON line. Adapters call it in the order of their input.
 */
@FunctionalInterface
public interface PredictionSink {

    /**
     * Takes one item's gold and predicted values.
     *
     * @param item a record that Jackson can write as a JSON object
     */
    void accept(Object item);

    /**
     * Returns a sink that drops everything, for evaluations without a predictions file.
     *
     * @return the sink
     */
    static PredictionSink none() {
        return item -> { };
    }
}
