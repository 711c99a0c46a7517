/** JMH benchmarks of Slant's scoring core; run them from the shaded {@code benchmarks.jar}. */
package dev.slant.benchmarks;
