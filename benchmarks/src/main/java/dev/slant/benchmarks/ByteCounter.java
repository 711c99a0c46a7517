package dev.slant.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the input bytes a benchmark reads, so that JMH reports them per second beside the
 * operations: the {@code bytes} result of every throughput benchmark, and MB/s = bytes / 1e6.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {
    /** Input bytes read in this iteration; JMH reports it as a rate. */
    public long bytes;

    /**
     * Counts one operation's input.
     *
     * @param inputBytes the bytes one operation reads
     */
    public void add(long inputBytes) {
        bytes += inputBytes;
    }
}
