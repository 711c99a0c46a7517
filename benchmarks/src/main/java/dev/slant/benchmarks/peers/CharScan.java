package dev.slant.benchmarks.peers;

/**
 * The floor of any text scan: one pass over the characters doing almost nothing (counting
 * letters). No tokenizer can be faster than this.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar ScanLimitsBenchmark.charScan
 * </pre>
 */
public final class CharScan {
    private CharScan() {}

    /**
     * Counts the letters of {@code text}.
     *
     * @param text the text
     * @return how many of its characters are letters
     */
    public static int countLetters(CharSequence text) {
        int letters = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
