package dev.slant.compare;

import dev.slant.actors.ActorFinding;
import dev.slant.actors.Mention;
import dev.slant.attribution.Attribution;
import dev.slant.attribution.Source;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the actor who speaks in each attribution of one article: the actor with a mention inside
 * the attribution's source ("Kremlin spokesman Dmitry Peskov"), preferring the mention that holds
 * the last word of the speaker's name; else, for a pronoun or a name written apart from any
 * mention, the first actor with a mention that ends with that last word ("he" resolved to
 * "Putin"). Mentions are sorted once and looked up by position, so an article costs
 * {@code O((mentions + attributions) log mentions)}.
 */
final class StatementSpeakers {
    /** A mention with its actor, in text order. */
    private record Placed(Span span, String text, String actor) {}

    private final List<Placed> mentions = new ArrayList<>();
    private final Map<String, String> byLastWord = new HashMap<>();

    StatementSpeakers(List<ActorFinding> actors) {
        for (ActorFinding finding : actors) {
            for (Mention mention : finding.mentions()) {
                mentions.add(new Placed(mention.span(), mention.text().toLowerCase(Locale.ROOT), finding.actor().id()));
            }
        }
        mentions.sort(Comparator.comparingInt((Placed p) -> p.span().start()));
        for (Placed mention : mentions) {
            byLastWord.putIfAbsent(lastWord(mention.text()), mention.actor());
        }
    }

    Optional<String> actorOf(Attribution attribution) {
        Optional<Source> source = attribution.source();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Span span = source.get().span();
        String last = attribution.speaker().map(StatementSpeakers::lastWord).orElse("");
        String overlapping = null;
        int i = firstStartingAtOrAfter(span.start());
        // at most the mentions just before the source can reach into it
        for (int j = i - 1; j >= 0 && mentions.get(j).span().end() > span.start(); j--) {
            if (!last.isEmpty() && mentions.get(j).text().contains(last)) {
                return Optional.of(mentions.get(j).actor());
            }
            overlapping = overlapping == null ? mentions.get(j).actor() : overlapping;
        }
        for (int j = i; j < mentions.size() && mentions.get(j).span().start() < span.end(); j++) {
            if (!last.isEmpty() && mentions.get(j).text().contains(last)) {
                return Optional.of(mentions.get(j).actor());
            }
            overlapping = overlapping == null ? mentions.get(j).actor() : overlapping;
        }
        if (overlapping != null || last.isEmpty()) {
            return Optional.ofNullable(overlapping);
        }
        return Optional.ofNullable(byLastWord.get(last));
    }

    private int firstStartingAtOrAfter(int position) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).span().start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static String lastWord(String name) {
        String trimmed = name.strip().toLowerCase(Locale.ROOT);
        String word = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
        return word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
    }
}
