package dev.slant.benchmarks.peers;

/**
 * The practical limit of a tokenizer that feeds a hash-based phrase matcher: one pass that splits
 * at every character that is not a letter or digit and hashes each token's lower-cased characters
 * with 64-bit FNV-1a. Slant's scanner does this and more (sentences, quotations, abbreviations).
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar ScanLimitsBenchmark.tokenizeAndHash
 * </pre>
 */
public final class TokenizeAndHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TokenizeAndHash() {}

    /**
     * Tokenizes {@code text} and hashes every token.
     *
     * @param text the text
     * @return the sum of the tokens' hashes, so that no work can be skipped
     */
    public static long hashTokens(CharSequence text) {
        long sum = 0;
        long hash = FNV_OFFSET;
        boolean inToken = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                inToken = true;
            } else if (inToken) {
                sum += hash;
                hash = FNV_OFFSET;
                inToken = false;
            }
        }
        return inToken ? sum + hash : sum;
    }
}
