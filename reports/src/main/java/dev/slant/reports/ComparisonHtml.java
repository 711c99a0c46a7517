package dev.slant.reports;

import static dev.slant.reports.Html.esc;

import dev.slant.compare.ActorComparison;
import dev.slant.compare.ActorProfile;
import dev.slant.compare.Comparison;
import dev.slant.compare.ConceptComparison;
import dev.slant.compare.DistinctiveLabel;
import dev.slant.compare.DivergenceMatrix;
import dev.slant.compare.Interval;
import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.compare.OutletProfile;
import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.Optional;

/** The comparison as HTML: the outlets' rates, a heat map of labels per concept, actor sentiment. */
final class ComparisonHtml {
    /** Concepts shown, most named in the narrator's voice first. */
    static final int MAX_CONCEPTS = 12;
    /** Label columns per heat map. */
    static final int MAX_LABELS = 7;
    /** Actors shown in the sentiment chart. */
    static final int MAX_ACTORS = 12;

    private final Comparison comparison;

    ComparisonHtml(Comparison comparison) {
        this.comparison = comparison;
    }

    void write(StringBuilder out) {
        outlets(out);
        concepts(out);
        actors(out);
    }

    private void outlets(StringBuilder out) {
        out.append("<section id=\"outlets\"><h2>The outlets</h2>\n<p class=\"lead\">Rates per 1,000 words. A loaded "
                + "term is a label whose valence is at least 0.5 in magnitude or a term tagged delegitimising, "
                + "legitimising, dehumanising, criminalising, dysphemism or euphemism.</p>\n<table class=\"outlets\">"
                + "<thead><tr><th>outlet</th><th>articles</th><th>words</th><th>loaded terms</th>"
                + "<th>of them the outlet's own</th><th>distancing markers</th><th>hedges</th>"
                + "<th>held at a distance</th></tr></thead><tbody>\n");
        for (OutletProfile o : comparison.outlets()) {
            out.append("<tr class=\"outlet\"><th>").append(esc(o.outlet()))
                    .append(o.smallSample() ? " <span class=\"small\" title=\"fewer than "
                            + comparison.settings().minTokens() + " words: rates are noisy\">small sample</span>" : "")
                    .append("</th><td>").append(o.articles()).append("</td><td>").append(o.tokens()).append("</td>");
            for (long count : new long[] {o.loadedTerms(), o.narratorLoadedTerms(), o.distancingMarkers(), o.hedges(),
                o.distancedTerms()}) {
                out.append("<td>").append(String.format(java.util.Locale.ROOT, "%.1f", o.per1000(count)))
                        .append(" <small>(").append(count).append(")</small></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    private void concepts(StringBuilder out) {
        List<ConceptComparison> shown = ConceptOrder.shown(comparison, MAX_CONCEPTS);
        out.append("<section id=\"concepts\"><h2>How each outlet named each concept</h2>\n<p class=\"lead\">Concepts "
                + "named by the most outlets come first, and among them those with the most terms. The "
                + "share of each label among an outlet's names for the concept, in the outlet's own voice (open the "
                + "other voices below each map). The colour of a label's name is its valence; <b>z</b> is the "
                + "weighted log-odds z-score of the outlet's most distinctive label; JSD is the Jensen-Shannon "
                + "divergence between two outlets (0 the same words, 1 none in common).</p>\n");
        for (ConceptComparison c : shown) {
            out.append("<div class=\"concept\" data-concept=\"").append(esc(c.concept())).append("\"><h3>")
                    .append(esc(c.concept())).append("</h3>\n");
            heatMap(out, c, c.voice(VoiceKind.NARRATOR).orElseThrow());
            for (VoiceKind voice : List.of(VoiceKind.REPORTED, VoiceKind.QUOTED, VoiceKind.DISTANCED)) {
                Optional<LabelDistribution> other = c.voice(voice);
                if (other.isPresent()) {
                    out.append("<details><summary>").append(voiceName(voice)).append("</summary>\n");
                    heatMap(out, c, other.get());
                    out.append("</details>\n");
                }
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    private static String voiceName(VoiceKind voice) {
        return switch (voice) {
            case NARRATOR -> "the outlet's own voice";
            case REPORTED -> "the outlet's paraphrase of its sources (reported)";
            case QUOTED -> "quotations (the sources' own words)";
            case DISTANCED -> "held at a distance (scare quotes, \"so-called\")";
        };
    }

    private static void heatMap(StringBuilder out, ConceptComparison c, LabelDistribution v) {
        int columns = Math.min(MAX_LABELS, v.labels().size());
        out.append("<table class=\"heatmap\" data-voice=\"").append(v.voice().id()).append("\"><thead><tr><th>")
                .append(esc(voiceName(v.voice()))).append("</th>");
        for (int i = 0; i < columns; i++) {
            String label = v.labels().get(i);
            double valence = c.labelValence().getOrDefault(label, 0.0);
            out.append("<th class=\"label\"><span style=\"background:").append(Html.valenceColour(valence))
                    .append("\" title=\"valence ").append(Html.signed(valence)).append("\">").append(esc(label))
                    .append("</span></th>");
        }
        if (v.labels().size() > columns) {
            out.append("<th class=\"label\">other</th>");
        }
        out.append("<th>terms</th><th>mean valence</th><th>most distinctive</th></tr></thead><tbody>\n");
        for (OutletLabels o : v.outlets()) {
            out.append("<tr><th class=\"outlet-name\" title=\"").append(esc(o.outlet())).append("\">")
                    .append(esc(o.outlet())).append("</th>");
            double rest = 1;
            for (int i = 0; i < columns; i++) {
                double share = o.share(i);
                rest -= share;
                cell(out, share, o.counts().get(i));
            }
            if (v.labels().size() > columns) {
                int restCount = o.total() - o.counts().subList(0, columns).stream().mapToInt(Integer::intValue).sum();
                cell(out, Math.max(0, rest), restCount);
            }
            out.append("<td>").append(o.total()).append(o.smallSample() ? " <span class=\"small\" title=\"fewer than "
                    + "the minimum of terms\">small</span>" : "").append("</td><td>");
            if (o.meanValence().isPresent()) {
                double mean = o.meanValence().getAsDouble();
                out.append("<span class=\"num\" style=\"background:").append(Html.valenceColour(mean)).append("\">")
                        .append(Html.signed(mean)).append("</span>");
            }
            out.append("</td><td class=\"distinctive\">");
            List<DistinctiveLabel> top = o.distinctive().stream().filter(d -> d.z() > 0).limit(2).toList();
            for (DistinctiveLabel d : top) {
                out.append("<span class=\"word\">").append(esc(d.label())).append(" <small>z=")
                        .append(String.format(java.util.Locale.ROOT, "%.1f", d.z())).append("</small></span> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        divergence(out, v.divergence());
    }

    private static void cell(StringBuilder out, double share, int count) {
        out.append("<td class=\"cell\" style=\"background:").append(Html.shareColour(share)).append(";color:")
                .append(Html.shareText(share)).append("\" title=\"").append(count).append(" terms\">")
                .append(count == 0 ? "" : Math.round(share * 100) + "%").append("</td>");
    }

    private static void divergence(StringBuilder out, DivergenceMatrix m) {
        if (m.outlets().size() < 2) {
            return;
        }
        out.append("<details class=\"jsd\"><summary>Jensen-Shannon divergence between outlets</summary>"
                + "<table class=\"matrix\"><thead><tr><th></th>");
        m.outlets().forEach(o -> out.append("<th>").append(esc(o)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (int i = 0; i < m.outlets().size(); i++) {
            out.append("<tr><th>").append(esc(m.outlets().get(i))).append("</th>");
            for (int j = 0; j < m.outlets().size(); j++) {
                double d = m.get(i, j);
                out.append("<td style=\"background:").append(Html.shareColour(d)).append(";color:")
                        .append(Html.shareText(d)).append("\">")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", d)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></details>\n");
    }

    private void actors(StringBuilder out) {
        List<ActorComparison> shown = comparison.actors().stream()
                .filter(a -> !a.type().equals("place") && a.outlets().stream().anyMatch(p -> p.sentiment().isPresent()))
                .limit(MAX_ACTORS).toList();
        out.append("<section id=\"actors\"><h2>How each outlet spoke of the actors</h2>\n<p class=\"lead\">The mean "
                + "sentiment of the words around each actor's mentions and of the labels chosen for it, all voices, "
                + "with a 95% bootstrap interval (seed ").append(comparison.settings().seed()).append("). A hollow "
                + "dot rests on fewer than ").append(comparison.settings().minEvidence()).append(" pieces of "
                + "evidence. On the right: the mean valence of the labels the outlet chose for the actor in its own "
                + "voice, the actor's share of the outlet's mentions of actors, and its statements.</p>\n");
        for (ActorComparison a : shown) {
            out.append("<div class=\"actor-chart\" data-actor=\"").append(esc(a.id())).append("\"><h3>")
                    .append(esc(a.name())).append(" <small>").append(esc(a.type())).append(" · ").append(a.mentions())
                    .append(" mentions</small></h3>\n");
            chart(out, a.outlets());
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    /** A dot plot on [-1, 1]: one row per outlet, the interval as a line, the estimate as a dot. */
    private static void chart(StringBuilder out, List<ActorProfile> profiles) {
        int labelWidth = 260;
        int plotWidth = 420;
        int statsWidth = 330;
        int row = 24;
        int height = 28 + row * profiles.size();
        int width = labelWidth + plotWidth + statsWidth;
        out.append("<svg class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\">\n");
        for (double tick : new double[] {-1, -0.5, 0, 0.5, 1}) {
            double x = labelWidth + (tick + 1) / 2 * plotWidth;
            out.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"4\" y2=\"")
                    .append(height - 18).append("\" class=\"").append(tick == 0 ? "zero" : "grid").append("\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(height - 4)
                    .append("\" class=\"tick\">").append(Html.signed(tick).replace(".00", "").replace("+0", "0"))
                    .append("</text>\n");
        }
        for (int i = 0; i < profiles.size(); i++) {
            ActorProfile p = profiles.get(i);
            int y = 16 + i * row;
            out.append("<text x=\"").append(labelWidth - 10).append("\" y=\"").append(y + 4)
                    .append("\" class=\"name\">").append(esc(shorten(p.outlet(), 34))).append("</text>");
            if (p.sentiment().isPresent()) {
                Interval s = p.sentiment().get();
                double low = labelWidth + (s.low() + 1) / 2 * plotWidth;
                double high = labelWidth + (s.high() + 1) / 2 * plotWidth;
                double dot = labelWidth + (s.estimate() + 1) / 2 * plotWidth;
                String colour = s.estimate() < 0 ? "#d62728" : "#1f77b4";
                out.append("<line x1=\"").append(fmt(low)).append("\" x2=\"").append(fmt(high)).append("\" y1=\"")
                        .append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"3\" stroke-linecap=\"round\" opacity=\"0.45\"/>")
                        .append("<circle cx=\"").append(fmt(dot)).append("\" cy=\"").append(y)
                        .append("\" r=\"5.5\" stroke=\"").append(colour).append("\" stroke-width=\"2\" fill=\"")
                        .append(p.smallSample() ? "#fff" : colour).append("\"><title>")
                        .append(esc(p.outlet() + ": " + Html.signed(s.estimate()) + " [" + Html.signed(s.low()) + ", "
                                + Html.signed(s.high()) + "], " + s.evidence() + " pieces of evidence"))
                        .append("</title></circle>");
            }
            out.append("<text x=\"").append(labelWidth + plotWidth + 12).append("\" y=\"").append(y + 4)
                    .append("\" class=\"stats\">").append(p.narratorLabelValence().isPresent() ? "labels "
                            + Html.signed(p.narratorLabelValence().getAsDouble()) + " · " : "")
                    .append(Math.round(p.mentionShare() * 100)).append("% of mentions · ")
                    .append(p.statements()).append(p.statements() == 1 ? " statement" : " statements")
                    .append("</text>\n");
        }
        out.append("</svg>\n");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
