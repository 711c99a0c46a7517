package dev.slant.eval;

import java.util.Locale;

/** Gold data that does not follow its format; the message names the file, the line and what was expected. */
public final class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file the problem is in. */
    private final String file;
    /** The 1-based line, 0 when the problem concerns the whole file. */
    private final int line;

    /**
     * Describes a problem at a line of a file.
     *
     * @param file the file
     * @param line the 1-based line, or 0 for the whole file
     * @param message what was expected and what was found
     */
    public GoldFormatException(String file, int line, String message) {
        super(String.format(Locale.ROOT, "%s:%d: %s", file, line, message));
        this.file = file;
        this.line = line;
    }

    /**
     * Returns the file the problem is in.
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line of the problem.
     *
     * @return the 1-based line, 0 for the whole file
     */
    public int line() {
        return line;
    }
}
