package dev.slant.reports;

import static dev.slant.reports.Html.esc;

import dev.slant.actors.ActorFinding;
import dev.slant.actors.Mention;
import dev.slant.attribution.Attribution;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.report.ArticleReport;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One article annotated in place: its text cut at every boundary of a term, cue, source, content
 * or actor mention, each piece marked with what covers it, then its attributions and actors.
 */
final class ArticleHtml {
    /** The longest text shown annotated; the rest of a longer article is left out, with a note. */
    static final int MAX_CHARS = 200_000;

    /** What a span of the text is. */
    private enum Kind { TERM, CUE, SOURCE, CONTENT, MENTION }

    /** A marked span; {@code index} points into the report's terms, attributions or actors. */
    private record Mark(Kind kind, int start, int end, int index, int detail) {}

    private final ArticleReport report;
    private final int number;

    ArticleHtml(ArticleReport report, int number) {
        this.report = report;
        this.number = number;
    }

    void write(StringBuilder out) {
        String id = report.article().id();
        out.append("<article class=\"article\" id=\"article-").append(number).append("\" data-article=\"")
                .append(esc(id)).append("\">\n<header><h3>").append(esc(report.article().title().isBlank() ? id
                        : report.article().title())).append("</h3><p class=\"meta\">")
                .append(esc(report.article().outlet().isBlank() ? "(no outlet)" : report.article().outlet()));
        if (!report.article().date().isBlank()) {
            out.append(" · ").append(esc(report.article().date()));
        }
        out.append(" · ").append(esc(id)).append(" · ").append(report.tokens()).append(" words, ")
                .append(report.termCount()).append(" terms, ").append(report.attributions().size())
                .append(" attributions</p></header>\n<div class=\"text\">");
        annotate(out);
        out.append("</div>\n");
        attributions(out);
        actors(out);
        out.append("</article>\n");
    }

    private List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < report.termCount(); i++) {
            Category category = report.termEntry(i).category();
            if (category == Category.LABEL || category == Category.DISTANCING || category == Category.HEDGE
                    || category == Category.SUBJECTIVE && Math.abs(report.termEntry(i).valence()) >= 0.5) {
                marks.add(new Mark(Kind.TERM, report.termStart(i), report.termEnd(i), i, 0));
            }
        }
        List<Attribution> attributions = report.attributions();
        for (int a = 0; a < attributions.size(); a++) {
            Attribution attribution = attributions.get(a);
            marks.add(new Mark(Kind.CUE, attribution.cue().span().start(), attribution.cue().span().end(), a, 0));
            int index = a;
            attribution.source().ifPresent(s -> marks.add(new Mark(Kind.SOURCE, s.span().start(), s.span().end(),
                    index, 0)));
            attribution.parts().forEach(p -> marks.add(new Mark(Kind.CONTENT, p.start(), p.end(), index, 0)));
        }
        List<ActorFinding> actors = report.actors();
        for (int a = 0; a < actors.size(); a++) {
            List<Mention> mentions = actors.get(a).mentions();
            for (int m = 0; m < mentions.size(); m++) {
                marks.add(new Mark(Kind.MENTION, mentions.get(m).span().start(), mentions.get(m).span().end(), a, m));
            }
        }
        marks.removeIf(m -> m.start() >= m.end());
        marks.sort(Comparator.comparingInt(Mark::start));
        return marks;
    }

    /** Writes the text piece by piece; a sweep over the boundaries keeps the marks that cover each piece. */
    private void annotate(StringBuilder out) {
        String text = report.text();
        int shown = text.length() > MAX_CHARS && Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1
                : Math.min(text.length(), MAX_CHARS);
        List<Mark> marks = marks();
        marks.removeIf(m -> m.start() >= shown);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, shown));
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(Math.min(m.end(), shown));
        }
        List<Mark> active = new ArrayList<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int start = from;
            active.removeIf(m -> m.end() <= start);
            while (next < marks.size() && marks.get(next).start() <= start) {
                if (marks.get(next).end() > start) {
                    active.add(marks.get(next));
                }
                next++;
            }
            piece(out, text.substring(from, to), active);
        }
        if (shown < text.length()) {
            out.append("<span class=\"cut\">… ").append(text.length() - shown)
                    .append(" more characters are not shown here; the comparison counts them.</span>");
        }
    }

    private void piece(StringBuilder out, String text, List<Mark> covering) {
        if (covering.isEmpty()) {
            out.append(esc(text));
            return;
        }
        Mark term = innermost(covering, Kind.TERM);
        Mark cue = innermost(covering, Kind.CUE);
        Mark source = innermost(covering, Kind.SOURCE);
        Mark mention = innermost(covering, Kind.MENTION);
        boolean content = innermost(covering, Kind.CONTENT) != null;
        List<String> classes = new ArrayList<>();
        StringBuilder style = new StringBuilder();
        StringBuilder title = new StringBuilder();
        if (content) {
            classes.add("content");
        }
        if (term != null) {
            LexiconEntry entry = report.termEntry(term.index());
            VoiceKind voice = report.termVoice(term.index());
            classes.add("term");
            classes.add("v-" + voice.id());
            classes.add("c-" + entry.category().id());
            if (entry.category() == Category.LABEL || entry.category() == Category.SUBJECTIVE) {
                style.append("background:").append(Html.valenceColour(entry.valence())).append(';');
            }
            title.append(entry.category().id()).append(": ").append(entry.label());
            entry.concept().ifPresent(c -> title.append(" (").append(c).append(')'));
            title.append(" · valence ").append(Html.signed(entry.valence()));
            entry.tags().stream().map(t -> t.id()).sorted().forEach(t -> title.append(" · ").append(t));
            title.append(" · voice ").append(voice.id());
            int a = report.termAttribution(term.index());
            if (a >= 0) {
                report.attributionTable().speaker(a).ifPresent(s -> title.append(" (").append(s).append(')'));
            }
        }
        if (cue != null) {
            String stance = report.attributionTable().stance(cue.index()).id();
            classes.add("cue");
            classes.add("s-" + stance);
            separate(title).append("cue: ").append(stance);
        }
        if (source != null) {
            classes.add("source");
            separate(title).append("source");
            report.attributionTable().speaker(source.index()).ifPresent(s -> title.append(": ").append(s));
        }
        if (mention != null) {
            classes.add("mention");
            separate(title).append("actor: ").append(report.actors().get(mention.index()).actor().name());
        }
        out.append("<span class=\"").append(String.join(" ", classes)).append('"');
        if (style.length() > 0) {
            out.append(" style=\"").append(style).append('"');
        }
        out.append(" title=\"").append(esc(title.toString())).append("\">").append(esc(text)).append("</span>");
    }

    private static StringBuilder separate(StringBuilder title) {
        return title.length() == 0 ? title : title.append(" · ");
    }

    private static Mark innermost(List<Mark> covering, Kind kind) {
        Mark best = null;
        for (Mark m : covering) {
            if (m.kind() == kind && (best == null || m.end() - m.start() < best.end() - best.start())) {
                best = m;
            }
        }
        return best;
    }

    private void attributions(StringBuilder out) {
        List<Attribution> attributions = report.attributions();
        if (attributions.isEmpty()) {
            return;
        }
        out.append("<details class=\"attributions\"><summary>Who is given a say: ").append(attributions.size())
                .append(" attributions</summary>\n<table><thead><tr><th>source</th><th>cue</th><th>stance</th>"
                        + "<th>kind</th><th>what was said</th></tr></thead><tbody>\n");
        String text = report.text();
        for (Attribution a : attributions) {
            String content = a.content().textOf(text);
            if (content.length() > 160) {
                content = content.substring(0, 157) + "...";
            }
            out.append("<tr class=\"attribution\"><td>")
                    .append(esc(a.source().map(s -> s.text()).orElse("(no source)")))
                    .append(a.speaker().map(s -> " <span class=\"speaker\">→ " + esc(s) + "</span>").orElse(""))
                    .append("</td><td>").append(esc(a.cue().text())).append("</td><td><span class=\"badge s-")
                    .append(a.cue().stance().id()).append("\">").append(a.cue().stance().id())
                    .append("</span></td><td>").append(a.kind().id()).append("</td><td class=\"said\">")
                    .append(esc(content)).append("</td></tr>\n");
        }
        out.append("</tbody></table></details>\n");
    }

    private void actors(StringBuilder out) {
        List<ActorFinding> actors = report.actors();
        if (actors.isEmpty()) {
            return;
        }
        out.append("<details class=\"actors\"><summary>Actors: ").append(actors.size())
                .append("</summary>\n<table><thead><tr><th>actor</th><th>mentions</th><th>sentiment (95% interval)"
                        + "</th><th>in the outlet's own voice</th><th>labels chosen</th></tr></thead><tbody>\n");
        for (ActorFinding a : actors) {
            out.append("<tr class=\"actor\"><td>").append(esc(a.actor().name())).append("</td><td>")
                    .append(a.mentions().size()).append("</td><td>").append(estimate(a.sentiment()))
                    .append("</td><td>").append(a.byVoice().containsKey(VoiceKind.NARRATOR)
                            ? estimate(a.byVoice().get(VoiceKind.NARRATOR)) : "–")
                    .append("</td><td>");
            List<String> labels = a.labels().stream().map(l -> esc(l.text()) + " <small>(" + l.voice().id()
                    + ")</small>").distinct().limit(6).toList();
            out.append(labels.isEmpty() ? "–" : String.join(", ", labels)).append("</td></tr>\n");
        }
        out.append("</tbody></table></details>\n");
    }

    private static String estimate(SentimentEstimate e) {
        return "<span class=\"num\" style=\"background:" + Html.valenceColour(e.score()) + "\">"
                + Html.signed(e.score()) + "</span> <small>[" + Html.signed(e.low()) + ", " + Html.signed(e.high())
                + "]</small>";
    }
}
