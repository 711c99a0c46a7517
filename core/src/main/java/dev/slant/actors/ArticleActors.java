package dev.slant.actors;

import dev.slant.sentiment.TargetSentiment;
import java.util.List;

/**
 * The actors of one article and the sentiment toward the targets its user named.
 *
 * @param actors the actors, in order of first mention
 * @param targets one result per target, in the order given
 */
public record ArticleActors(List<ActorFinding> actors, List<TargetSentiment> targets) {
    /** No actors and no targets. */
    public static final ArticleActors NONE = new ArticleActors(List.of(), List.of());

    /** Copies the lists. */
    public ArticleActors {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
    }
}
