package dev.slant.actors;

import dev.slant.text.StructureBuffer;

/**
 * Where attribution (who said what) plugs into actor analysis. Actor analysis finds names, roles
 * and labels by itself; two things only attribution knows:
 * <ul>
 *   <li><b>pronouns</b>: "he said" refers to the last fitting speaker, so attribution resolves such
 *       mentions and hands them over with {@link #resolveMentions};</li>
 *   <li><b>how an actor's statements are introduced</b>: the stance of the cue ("alleged",
 *       "stressed", "purportedly") with which the narrator reports an actor's words. That is a
 *       dimension of its own beside the sentiment of the words around the actor; attribution hands
 *       it over with {@link #statementCues} as evidence that the actor's report keeps apart.</li>
 * </ul>
 * The default does neither; an implementation must be thread-safe.
 */
public interface AttributionHook {
    /** The hook that adds nothing. */
    AttributionHook NONE = new AttributionHook() {};

    /** Receives a mention resolved by attribution. */
    @FunctionalInterface
    interface MentionSink {
        /**
         * Takes a mention.
         *
         * @param firstToken its first token
         * @param endToken the token after it
         * @param actorId the id of the actor it refers to, as in the actor packs or found in the text
         */
        void mention(int firstToken, int endToken, String actorId);
    }

    /** Receives the cue that introduces a statement of an actor. */
    @FunctionalInterface
    interface CueSink {
        /**
         * Takes a cue.
         *
         * @param actorId the speaker
         * @param firstToken the cue's first token
         * @param endToken the token after the cue
         * @param stance the cue's stance id ({@code neutral}, {@code endorsing}, {@code distancing}, ...)
         */
        void cue(String actorId, int firstToken, int endToken, String stance);
    }

    /**
     * Reports mentions that only attribution can resolve, such as pronouns.
     *
     * @param text the scanned text
     * @param sink receives the mentions
     */
    default void resolveMentions(StructureBuffer text, MentionSink sink) {}

    /**
     * Reports the cues that introduce each actor's statements.
     *
     * @param text the scanned text
     * @param sink receives the cues
     */
    default void statementCues(StructureBuffer text, CueSink sink) {}
}
