/**
 * The peers Slant is measured against: what a researcher would write by hand (a regular
 * expression, {@code indexOf}), the libraries one would reach for (Aho-Corasick, VADER, OpenNLP),
 * and bare loops that bound what any scanner can do. Benchmark-only code.
 */
package dev.slant.benchmarks.peers;
