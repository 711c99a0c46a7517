package dev.slant.compare;

import dev.slant.actors.ActorFinding;
import dev.slant.actors.Mention;
import dev.slant.attribution.Attribution;
import dev.slant.attribution.Source;
import dev.slant.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the actor who speaks in an attribution: the actor with a mention inside the attribution's
 * source ("Kremlin spokesman Dmitry Peskov"), preferring the mention that holds the last word of
 * the speaker's name; else, for a pronoun or a name written apart from any mention, the actor with
 * a mention that ends with that last word ("he" resolved to "Putin").
 */
final class StatementSpeakers {

    private StatementSpeakers() {}

    static Optional<String> actorOf(Attribution attribution, List<ActorFinding> actors) {
        Optional<Source> source = attribution.source();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Span span = source.get().span();
        String last = attribution.speaker().map(StatementSpeakers::lastWord).orElse("");
        String overlapping = null;
        for (ActorFinding finding : actors) {
            for (Mention mention : finding.mentions()) {
                if (mention.span().start() < span.end() && span.start() < mention.span().end()) {
                    if (!last.isEmpty() && mention.text().toLowerCase(Locale.ROOT).contains(last)) {
                        return Optional.of(finding.actor().id());
                    }
                    if (overlapping == null) {
                        overlapping = finding.actor().id();
                    }
                }
            }
        }
        if (overlapping != null || last.isEmpty()) {
            return Optional.ofNullable(overlapping);
        }
        for (ActorFinding finding : actors) {
            for (Mention mention : finding.mentions()) {
                if (lastWord(mention.text()).equals(last)) {
                    return Optional.of(finding.actor().id());
                }
            }
        }
        return Optional.empty();
    }

    private static String lastWord(String name) {
        String trimmed = name.strip().toLowerCase(Locale.ROOT);
        int space = trimmed.lastIndexOf(' ');
        String word = trimmed.substring(space + 1);
        return word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
    }
}
