package dev.slant.report;

import dev.slant.actors.ActorFinding;
import dev.slant.actors.ActorType;
import dev.slant.sentiment.Evidence;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.voice.VoiceKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the actors and targets of a report in the readable summary: the most mentioned first, with their words. */
final class ActorText {
    private static final int MAX_ACTORS = 8;
    private static final int MAX_WORDS = 3;

    private ActorText() {}

    static void append(ArticleReport report, StringBuilder out) {
        List<ActorFinding> shown = report.actors().stream()
                .filter(a -> a.actor().type() != ActorType.UNKNOWN || a.mentions().size() > 1)
                .sorted(Comparator.comparingInt((ActorFinding a) -> -a.mentions().size()))
                .limit(MAX_ACTORS).toList();
        if (!shown.isEmpty()) {
            out.append("   Actors (sentiment by voice, 95% interval, the strongest words):\n");
        }
        for (ActorFinding actor : shown) {
            out.append(String.format(Locale.ROOT, "     %s: %d mention%s", actor.actor().name(),
                    actor.mentions().size(), actor.mentions().size() == 1 ? "" : "s"));
            for (Map.Entry<VoiceKind, SentimentEstimate> voice : actor.byVoice().entrySet()) {
                out.append("; ").append(voice.getKey().id()).append(' ');
                appendEstimate(voice.getValue(), out);
            }
            out.append('\n');
        }
        for (TargetSentiment target : report.targets()) {
            out.append(String.format(Locale.ROOT, "   Target [%d, %d): ", target.target().start(), target.target().end()));
            if (target.problem().isPresent()) {
                out.append("error: ").append(target.problem().get());
            } else {
                out.append(target.label().id()).append(String.format(Locale.ROOT, " %+.2f", target.score()));
                appendWords(target.evidence(), out);
            }
            out.append('\n');
        }
    }

    private static void appendEstimate(SentimentEstimate estimate, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", estimate.score(), estimate.low(), estimate.high()));
        appendWords(estimate.evidence(), out);
    }

    private static void appendWords(List<Evidence> evidence, StringBuilder out) {
        List<Evidence> strongest = evidence.stream()
                .sorted(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.contribution()))).limit(MAX_WORDS).toList();
        if (strongest.isEmpty()) {
            return;
        }
        out.append(" (");
        for (int i = 0; i < strongest.size(); i++) {
            Evidence e = strongest.get(i);
            out.append(i == 0 ? "" : ", ").append('"').append(e.text()).append('"')
                    .append(String.format(Locale.ROOT, " %+.2f", e.contribution()));
        }
        out.append(')');
    }
}
