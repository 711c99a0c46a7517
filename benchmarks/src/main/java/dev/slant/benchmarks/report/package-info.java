/** Turns the benchmark suite's JMH results into {@code BENCHMARKS.md}. */
package dev.slant.benchmarks.report;
