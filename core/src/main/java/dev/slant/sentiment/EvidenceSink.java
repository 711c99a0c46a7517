package dev.slant.sentiment;

/** Receives the evidence toward a target, one piece at a time, without allocating. */
@FunctionalInterface
public interface EvidenceSink {

    /**
     * Takes one piece of evidence.
     *
     * @param start the first character of its words
     * @param end the end of its words, exclusive
     * @param contribution what it adds to the target's sum, before normalisation
     */
    void accept(int start, int end, double contribution);
}
