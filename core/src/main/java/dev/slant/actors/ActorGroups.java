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
    private int[] mentionFrom = new int[17];
    private int[] mentions = new int[64];
    private int[] statementFrom = new int[17];
    private int[] statements = new int[16];
    private int[] cursor = new int[16];

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
        mentionFrom = countingSort(found.size(), mentionFrom, i -> rankOf[found.get(i).actor]);
        mentions = placed(found.size(), mentions, mentionFrom, i -> rankOf[found.get(i).actor]);
    }

    /**
     * Groups attributions by the actor of their source, {@code attributionActor[a]}; -1 and actors
     * without a mention are left out.
     */
    void groupStatements(int[] attributionActor, int attributions) {
        RankOf rank = a -> rankOfActor(attributionActor[a]);
        statementFrom = countingSort(attributions, statementFrom, rank);
        statements = placed(attributions, statements, statementFrom, rank);
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
        return mentionFrom[rank];
    }

    /** The end of the actor's mentions, exclusive. */
    int mentionsTo(int rank) {
        return mentionFrom[rank + 1];
    }

    /** The index in the found list of the mention at grouped position {@code k}. */
    int mention(int k) {
        return mentions[k];
    }

    /** The first position, in {@link #statement}, of the statements of the actor of rank {@code rank}. */
    int statementsFrom(int rank) {
        return statementFrom[rank];
    }

    /** The end of the actor's statements, exclusive. */
    int statementsTo(int rank) {
        return statementFrom[rank + 1];
    }

    /** The attribution index at grouped position {@code k}. */
    int statement(int k) {
        return statements[k];
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

    /** The rank of item {@code i}, or -1 to leave it out. */
    private interface RankOf {
        int of(int i);
    }

    /** Counts the items of each rank into {@code from}, as the start of each rank's run; {@code from[actors]} is the total. */
    private int[] countingSort(int items, int[] from, RankOf rank) {
        if (from.length < actors + 1) {
            from = new int[Math.max(actors + 1, from.length * 2)];
        }
        Arrays.fill(from, 0, actors + 1, 0);
        for (int i = 0; i < items; i++) {
            int r = rank.of(i);
            if (r >= 0) {
                from[r + 1]++;
            }
        }
        for (int r = 0; r < actors; r++) {
            from[r + 1] += from[r];
        }
        return from;
    }

    /** Places each item at its rank's next position, keeping the items' order within a rank. */
    private int[] placed(int items, int[] into, int[] from, RankOf rank) {
        if (into.length < from[actors]) {
            into = new int[Math.max(from[actors], into.length * 2)];
        }
        if (cursor.length < actors) {
            cursor = new int[Math.max(actors, cursor.length * 2)];
        }
        System.arraycopy(from, 0, cursor, 0, actors);
        for (int i = 0; i < items; i++) {
            int r = rank.of(i);
            if (r >= 0) {
                into[cursor[r]++] = i;
            }
        }
        return into;
    }
}
