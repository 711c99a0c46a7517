package dev.slant.report;

import dev.slant.lexicon.Category;
import dev.slant.text.Diagnostic;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a readable summary of a report: per voice, the labels the article used for each concept,
 * with counts and the exact words; who is given a say, and with which cues; then the other
 * categories' counts and the diagnostics.
 */
public final class ReportText {
    private static final int MAX_WORDINGS = 4;

    private ReportText() {}

    /**
     * Returns the summary of one report.
     *
     * @param report the report
     * @return lines of text, ending with a line break
     */
    public static String summary(ArticleReport report) {
        StringBuilder out = new StringBuilder();
        ArticleInfo article = report.article();
        out.append("== ").append(article.id());
        appendIfPresent(out, article.outlet());
        appendIfPresent(out, article.date());
        out.append('\n');
        VoiceCounts all = report.scores().of(Category.LABEL);
        out.append(String.format(Locale.ROOT, "   %d words, %d sentences; %d labels: %d narrator, %d reported, %d quoted, %d distanced%n",
                report.tokens(), report.sentences(), all.total(), all.narrator(), all.reported(), all.quoted(),
                all.distanced()));
        for (VoiceKind voice : VoiceKind.values()) {
            appendLabels(report, voice, out);
        }
        AttributionText.append(report, out);
        appendOtherCategories(report, out);
        ActorText.append(report, out);
        for (Diagnostic diagnostic : report.diagnostics()) {
            out.append("   ! ").append(diagnostic.message()).append(" at ").append(diagnostic.span());
            if (diagnostic.count() > 1) {
                out.append(" (").append(diagnostic.count()).append(" times)");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendIfPresent(StringBuilder out, String value) {
        if (!value.isEmpty()) {
            out.append(" \u00B7 ").append(value);
        }
    }

    private static void appendLabels(ArticleReport report, VoiceKind voice, StringBuilder out) {
        Map<String, Map<String, List<String>>> byConcept = new TreeMap<>();
        for (Term term : report.terms()) {
            if (term.entry().category() != Category.LABEL || term.voice().kind() != voice) {
                continue;
            }
            String concept = term.entry().concept().orElse("(no concept)");
            byConcept.computeIfAbsent(concept, c -> new TreeMap<>())
                    .computeIfAbsent(term.entry().label(), l -> new ArrayList<>())
                    .add(term.text().replaceAll("\\s+", " "));
        }
        if (byConcept.isEmpty()) {
            return;
        }
        out.append("   ").append(heading(voice)).append('\n');
        Map<String, ConceptScore> scores = report.scores().byConcept();
        byConcept.forEach((concept, labels) -> {
            out.append("     ").append(concept);
            ConceptScore score = scores.get(concept);
            if (voice == VoiceKind.NARRATOR && score != null && score.narratorValence().isPresent()) {
                out.append(String.format(Locale.ROOT, " (mean valence %+.2f)", score.narratorValence().getAsDouble()));
            }
            out.append(": ");
            out.append(labels.entrySet().stream()
                    .map(label -> label.getKey() + " \u00D7" + label.getValue().size() + " " + wordings(label.getValue()))
                    .collect(Collectors.joining("; ")));
            out.append('\n');
        });
    }

    private static String heading(VoiceKind voice) {
        switch (voice) {
            case NARRATOR:
                return "In the outlet's own voice:";
            case REPORTED:
                return "In the outlet's paraphrase of a source (reported speech):";
            case QUOTED:
                return "Only in quotations:";
            default:
                return "Held at a distance (scare quotes, \"so-called\"):";
        }
    }

    private static String wordings(List<String> texts) {
        List<String> distinct = texts.stream().distinct().limit(MAX_WORDINGS).map(t -> "\"" + t + "\"").toList();
        return "(" + String.join(", ", distinct) + ")";
    }

    private static void appendOtherCategories(ArticleReport report, StringBuilder out) {
        List<String> parts = new ArrayList<>();
        for (Category category : Category.values()) {
            VoiceCounts counts = report.scores().of(category);
            if (category == Category.LABEL || counts.total() == 0) {
                continue;
            }
            parts.add(String.format(Locale.ROOT, "%s %d (narrator %d, %.1f per 1,000 words)",
                    category.id(), counts.total(), counts.narrator(), counts.per1000(VoiceKind.NARRATOR, report.tokens())));
        }
        if (!parts.isEmpty()) {
            out.append("   Other cues: ").append(String.join("; ", parts)).append('\n');
        }
    }
}
