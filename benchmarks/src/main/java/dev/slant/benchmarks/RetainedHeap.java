package dev.slant.benchmarks;

import dev.slant.Analyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Prints the heap an analyzer with every bundled pack retains: used heap after full collections,
 * with the analyzer reachable, minus the same without it. Run with a fixed heap so that the
 * collector settles: {@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar
 * dev.slant.benchmarks.RetainedHeap}.
 */
public final class RetainedHeap {
    private RetainedHeap() {}

    /**
     * Measures and prints the retained heap in MB.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AnalyzerBuildBenchmark.buildWithEveryPack(); // load classes, so that only the analyzer is measured
        long before = settledHeap(memory);
        Analyzer analyzer = AnalyzerBuildBenchmark.buildWithEveryPack();
        analyzer.analyze("warm the per-thread buffers too");
        long after = settledHeap(memory);
        System.out.printf(Locale.ROOT, "retained-heap-mb\t%.1f\t%d entries%n", (after - before) / 1e6,
                analyzer.lexicon().entries().size());
        System.out.println(analyzer.lexicon()); // keeps the analyzer reachable until here
    }

    private static long settledHeap(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
