package dev.slant.lexicon;

/**
 * A lexicon pack or its settings are invalid. The message names the source, line and column and
 * says what was expected: {@code conflict.lex:9:14: unknown key 'valance'; expected one of ...}.
 */
public final class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * Creates an exception for a problem at a place in a pack.
     *
     * @param source the file or resource, or {@code <code>} for packs built in code
     * @param line the 1-based line, or 0 when the problem is not on one line
     * @param column the 1-based column in characters, or 0
     * @param problem what is wrong and what was expected
     */
    public LexiconException(String source, int line, int column, String problem) {
        super(format(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String problem) {
        if (line <= 0) {
            return source + ": " + problem;
        }
        return source + ":" + line + ":" + Math.max(column, 1) + ": " + problem;
    }

    /**
     * Returns the file or resource the problem is in.
     *
     * @return the source's name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the 1-based line of the problem, or 0.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column of the problem, or 0.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns what is wrong, without the place.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
