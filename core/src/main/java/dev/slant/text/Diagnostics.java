package dev.slant.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bounded collector of diagnostics: it keeps the first {@code limit} and counts the rest, so a
 * pathological text cannot make a report grow without bound.
 */
public final class Diagnostics {
    private final int limit;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;

    /**
     * Creates a collector that keeps at most {@code limit} diagnostics.
     *
     * @param limit how many diagnostics to keep; at least 1
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public Diagnostics(int limit) {
        dev.slant.internal.Checks.checkArgument(limit >= 1, "limit must be at least 1: limit=%d", limit);
        this.limit = limit;
    }

    /**
     * Adds one diagnostic, or counts it as dropped when the limit is reached.
     *
     * @param code the kind of problem
     * @param message a sentence for people
     * @param start the start of the first occurrence
     * @param end the end of the first occurrence
     * @param count how many occurrences it stands for
     */
    public void add(DiagnosticCode code, String message, int start, int end, int count) {
        if (kept.size() < limit) {
            kept.add(new Diagnostic(code, message, new Span(start, end), count));
        } else {
            dropped++;
        }
    }

    /** Forgets everything collected so far. */
    public void clear() {
        kept.clear();
        dropped = 0;
    }

    /**
     * Returns the kept diagnostics, followed by one {@link DiagnosticCode#DIAGNOSTICS_TRUNCATED}
     * saying how many were dropped, if any were.
     *
     * @return an immutable list
     */
    public List<Diagnostic> toList() {
        if (kept.isEmpty()) {
            return Collections.emptyList();
        }
        List<Diagnostic> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(new Diagnostic(DiagnosticCode.DIAGNOSTICS_TRUNCATED,
                    dropped + " more diagnostics were dropped", new Span(0, 0), dropped));
        }
        return List.copyOf(all);
    }
}
