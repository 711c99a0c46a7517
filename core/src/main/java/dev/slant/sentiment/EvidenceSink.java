package dev.slant.sentiment;

/** Receives the evidence toward a target, one piece at a time, without allocating. */
@FunctionalInterface
public interface EvidenceSink {

    /**
     * Takes one piece of evidence.
     *
     * @param firstToken the first token of its words
     * @param endToken the token after its words
     * @param contribution what it adds to the target's sum, before normalisation
     */
    void accept(int firstToken, int endToken, double contribution);
}
