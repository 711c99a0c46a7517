package dev.slant.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place at most five times a second: the
 * share of the input read (when its size is known), the articles done and the speed. It shows
 * only when enabled (a terminal, and not turned off) and once the run has more than a handful of
 * articles, and it clears its line when done, so that nothing of it is left in logs or pipes.
 */
final class Progress {
    private static final int HANDFUL = 5;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalChars;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long articles;
    private long chars;
    private boolean drawn;

    /**
     * @param err where to draw
     * @param enabled whether to draw at all
     * @param totalChars the size of the input, about one character a byte; 0 when unknown
     */
    Progress(PrintWriter err, boolean enabled, long totalChars) {
        this.err = err;
        this.enabled = enabled;
        this.totalChars = totalChars;
    }

    /**
     * Tells whether standard error is likely a terminal and TERM is not dumb: on Linux, file
     * descriptor 2 links to a terminal device (so the bar shows while standard output goes to a
     * file); elsewhere, the JVM sees a console.
     */
    static boolean terminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    void done(int textLength) {
        articles++;
        chars += textLength;
        long now = System.nanoTime();
        if (enabled && articles > HANDFUL && now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String speed = String.format(Locale.ROOT, "%,d articles  %.1f MB/s", articles, chars / seconds / 1e6);
        String bar = "";
        if (totalChars > 0) {
            double share = Math.min(0.99, (double) chars / totalChars);
            int filled = (int) Math.round(share * 30);
            bar = "[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%  ", Math.round(share * 100));
        }
        err.print("\r" + bar + speed + "   ");
        err.flush();
        drawn = true;
    }

    /** Clears the line, so that a message can be written there; the next article draws the bar again. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
            drawn = false;
            lastDrawn = 0;
        }
    }

    /** Clears the line after the last article. */
    void finish() {
        clear();
    }
}
