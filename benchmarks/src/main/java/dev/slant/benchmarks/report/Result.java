package dev.slant.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of JMH's JSON results: a benchmark method with its parameters and thread count, its
 * scores, its input bytes per second where it counts them, and its allocation per operation where
 * {@code -prof gc} ran.
 *
 * @param benchmark the simple class name and method, such as {@code MatchingBenchmark.ahoCorasick}
 * @param params the JMH parameters
 * @param threads the thread count
 * @param opsPerSecond the primary score, for throughput benchmarks
 * @param millis the primary score in milliseconds, for time benchmarks
 * @param error the primary score's error, in its unit
 * @param bytesPerSecond the {@code bytes} counter, or NaN when the benchmark has none
 * @param allocatedPerOp bytes allocated per operation, or NaN without {@code -prof gc}
 */
record Result(String benchmark, Map<String, String> params, int threads, double opsPerSecond, double millis,
        double error, double bytesPerSecond, double allocatedPerOp) {

    static Result of(JsonNode row) {
        String name = row.get("benchmark").asText();
        String[] parts = name.split("\\.");
        String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
        Map<String, String> params = new TreeMap<>();
        row.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
        JsonNode primary = row.get("primaryMetric");
        String unit = primary.get("scoreUnit").asText();
        double score = primary.get("score").asDouble();
        double error = primary.get("scoreError").asDouble();
        JsonNode secondary = row.path("secondaryMetrics");
        double bytes = secondary.has("bytes") ? secondary.get("bytes").get("score").asDouble() : Double.NaN;
        double allocated = secondary.has("gc.alloc.rate.norm")
                ? secondary.get("gc.alloc.rate.norm").get("score").asDouble() : Double.NaN;
        boolean throughput = unit.endsWith("/s");
        return new Result(benchmark, params, row.get("threads").asInt(), throughput ? score : Double.NaN,
                throughput ? Double.NaN : toMillis(score, unit), error, bytes, allocated);
    }

    private static double toMillis(double score, String unit) {
        switch (unit) {
            case "s/op":
                return score * 1000;
            case "us/op":
                return score / 1000;
            case "ns/op":
                return score / 1e6;
            default:
                return score;
        }
    }

    String param(String key) {
        return params.getOrDefault(key, "");
    }

    /** MB/s from the {@code bytes} counter; NaN for a benchmark without one. */
    double megabytesPerSecond() {
        return bytesPerSecond / 1e6;
    }
}
