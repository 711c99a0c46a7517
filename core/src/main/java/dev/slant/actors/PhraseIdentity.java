package dev.slant.actors;

import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;

/**
 * The identity of a phrase as matching sees it: its tokens' hashes, so that "the Kremlin" and
 * "the kremlin", or "Putin" and "Putin's", are one phrase.
 */
final class PhraseIdentity {
    private PhraseIdentity() {}

    static String of(String phrase, StructureBuffer scratch) {
        StructureScanner.standard().scan(phrase, scratch, new Diagnostics(1));
        StringBuilder key = new StringBuilder(scratch.tokenCount() * 17);
        for (int t = 0; t < scratch.tokenCount(); t++) {
            key.append(Long.toHexString(scratch.tokenHash(t))).append(' ');
        }
        return key.toString();
    }
}
