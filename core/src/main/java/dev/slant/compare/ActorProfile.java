package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Stance;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one outlet treated one actor, over its articles.
 *
 * @param outlet the outlet
 * @param mentions the actor's mentions
 * @param mentionShare the share of the outlet's actor mentions that are this actor's
 * @param statements the statements the outlet attributed to the actor
 * @param statementShare the share of the outlet's attributions that are this actor's
 * @param stances the actor's statements by the stance of their cue
 * @param sentiment the mean evidence contribution toward the actor, all voices, with its bootstrap interval
 * @param narratorSentiment the same over the evidence in the outlet's own voice
 * @param narratorLabelValence the mean valence of the labels the outlet chose for the actor in its own voice
 * @param narratorLabels how many such labels
 * @param smallSample whether the sentiment rests on fewer pieces of evidence than the settings' {@code minEvidence}
 */
public record ActorProfile(String outlet, int mentions, double mentionShare, int statements, double statementShare,
        Map<Stance, Integer> stances, Optional<Interval> sentiment, Optional<Interval> narratorSentiment,
        OptionalDouble narratorLabelValence, int narratorLabels, boolean smallSample) {

    /** Validates and copies the fields. */
    public ActorProfile {
        checkNotNull(outlet, "outlet");
        stances = Map.copyOf(stances);
        checkNotNull(sentiment, "sentiment");
        checkNotNull(narratorSentiment, "narratorSentiment");
        checkNotNull(narratorLabelValence, "narratorLabelValence");
    }
}
