package dev.slant.actors;

import java.util.Arrays;
import java.util.List;

/**
 * The actors of one text in the order of their first mention, with the indices of their mentions
 * and of the attributions of their statements grouped by actor, in primitive arrays reused from
 * text to text: one counting pass instead of a map of lists per text. Not thread-safe.
 */
final class ActorGroups {
    private int[] stamp = new int[64];
    private int[] rankOf = new int[64];
    private int generation;
    private int[] actorOfRank = new int[16];
    private int actors;
    private final RankBuckets mentions = new RankBuckets();
    private final RankBuckets statements = new RankBuckets();

    /** Groups mentions, given in text order, of actors indexed below {@code actorCount}. */
    void group(List<MentionResolver.Found> found, int actorCount) {
        startGeneration(actorCount);
        actors = 0;
        for (MentionResolver.Found mention : found) {
            if (stamp[mention.actor] != generation) {
                stamp[mention.actor] = generation;
                if (actors == actorOfRank.length) {
                    actorOfRank = Arrays.copyOf(actorOfRank, actors * 2);
                }
                rankOf[mention.actor] = actors;
                actorOfRank[actors++] = mention.actor;
            }
        }
        mentions.group(found.size(), actors, i -> rankOf[found.get(i).actor]);
    }

    /**
     * Groups attributions by the actor of their source, {@code attributionActor[a]}; -1 and actors
     * without a mention are left out.
     */
    void groupStatements(int[] attributionActor, int attributions) {
        statements.group(attributions, actors, a -> rankOfActor(attributionActor[a]));
    }

    /** The number of actors mentioned. */
    int size() {
        return actors;
    }

    /** The actor index of the actor of rank {@code rank}. */
    int actor(int rank) {
        return actorOfRank[rank];
    }

    /** The first position, in {@link #mention}, of the mentions of the actor of rank {@code rank}. */
    int mentionsFrom(int rank) {
        return mentions.from(rank);
    }

    /** The end of the actor's mentions, exclusive. */
    int mentionsTo(int rank) {
        return mentions.to(rank);
    }

    /** The index in the found list of the mention at grouped position {@code k}. */
    int mention(int k) {
        return mentions.item(k);
    }

    /** The first position, in {@link #statement}, of the statements of the actor of rank {@code rank}. */
    int statementsFrom(int rank) {
        return statements.from(rank);
    }

    /** The end of the actor's statements, exclusive. */
    int statementsTo(int rank) {
        return statements.to(rank);
    }

    /** The attribution index at grouped position {@code k}. */
    int statement(int k) {
        return statements.item(k);
    }

    /** The rank of an actor mentioned in the text, or -1. */
    int rankOfActor(int actor) {
        return actor >= 0 && actor < stamp.length && stamp[actor] == generation ? rankOf[actor] : -1;
    }

    private void startGeneration(int actorCount) {
        if (stamp.length < actorCount) {
            stamp = new int[Math.max(actorCount, stamp.length * 2)];
            rankOf = new int[stamp.length];
            generation = 0;
        }
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 0;
        }
        generation++;
    }
}
