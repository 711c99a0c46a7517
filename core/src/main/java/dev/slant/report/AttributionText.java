package dev.slant.report;

import dev.slant.attribution.Attribution;
import dev.slant.attribution.AttributionTable;
import dev.slant.attribution.AttributionTable.SpeakerStats;
import dev.slant.lexicon.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the readable lines about who is given a say, for {@link ReportText}. */
final class AttributionText {
    private static final int MAX_CONTENT_CHARS = 70;

    private AttributionText() {}

    static void append(ArticleReport report, StringBuilder out) {
        AttributionTable table = report.attributionTable();
        if (table.size() == 0) {
            return;
        }
        int[] kinds = table.kindCounts();
        out.append(String.format(Locale.ROOT, "   Who is given a say: %d attributions (%d direct, %d indirect, %d mixed; "
                + "speaker unknown in %.0f%%)%n", table.size(), kinds[0], kinds[1], kinds[2],
                100 * table.unknownSpeakerShare()));
        for (SpeakerStats speaker : table.speakerStats()) {
            out.append("     ").append(speaker.speaker().orElse("(no source)")).append(": ")
                    .append(speaker.statements()).append(speaker.statements() == 1 ? " statement" : " statements");
            List<String> mix = new ArrayList<>();
            for (Stance stance : Stance.values()) {
                if (speaker.count(stance) > 0) {
                    mix.add(stance.id() + " " + speaker.count(stance));
                }
            }
            out.append(" (").append(String.join(", ", mix)).append(")\n");
        }
        for (Attribution attribution : table.list()) {
            if (attribution.cue().stance() != Stance.NEUTRAL) {
                out.append(String.format(Locale.ROOT, "     %s \"%s\" (%s): %s%n",
                        attribution.source().map(s -> s.actor().orElse(s.text())).orElse("(no source)").replaceAll("\\s+", " "),
                        attribution.cue().text().replaceAll("\\s+", " "), attribution.cue().stance().id(),
                        excerpt(attribution.content().textOf(report.text()))));
            }
        }
    }

    private static String excerpt(String content) {
        String flat = content.replaceAll("\\s+", " ");
        return flat.length() <= MAX_CONTENT_CHARS ? flat : flat.substring(0, MAX_CONTENT_CHARS - 1) + "\u2026";
    }
}
