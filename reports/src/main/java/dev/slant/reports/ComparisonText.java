package dev.slant.reports;

import dev.slant.compare.ActorComparison;
import dev.slant.compare.ActorProfile;
import dev.slant.compare.Comparison;
import dev.slant.compare.ConceptComparison;
import dev.slant.compare.DivergenceMatrix;
import dev.slant.compare.Interval;
import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.compare.OutletProfile;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A compact plain-text view of a comparison for the terminal: per concept (in the order of
 * {@code ConceptOrder}), each outlet's top
 * labels in its own voice with their mean valence and how far the outlet stands from the others
 * (mean Jensen-Shannon divergence); per actor, the sentiment of each outlet with its interval and
 * the valence of the labels it chose; per outlet, the rates of loaded terms, distancing markers
 * and hedges.
 */
public final class ComparisonText {
    private static final int NAME_WIDTH = 30;

    private ComparisonText() {}

    /**
     * Formats the comparison.
     *
     * @param comparison the comparison
     * @param concepts how many concepts to show, most named in the narrator's voice first
     * @param actors how many actors to show, most mentioned first
     * @return lines of text, each ending with a line break
     */
    public static String format(Comparison comparison, int concepts, int actors) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d articles from %d outlets%n", comparison.articles(),
                comparison.outlets().size()));
        conceptTable(out, comparison, concepts);
        actorTable(out, comparison, actors);
        outletTable(out, comparison);
        out.append(String.format(Locale.ROOT, "%n* small sample: fewer than %d terms, %d pieces of evidence or %d words%n",
                comparison.settings().minTerms(), comparison.settings().minEvidence(),
                comparison.settings().minTokens()));
        return out.toString();
    }

    private static void conceptTable(StringBuilder out, Comparison comparison, int limit) {
        List<ConceptComparison> shown = ConceptOrder.shown(comparison, limit);
        out.append(String.format(Locale.ROOT, "%nLabels in each outlet's own voice (mean valence; JSD: mean "
                + "divergence from the other outlets, 0 to 1)%n"));
        for (ConceptComparison c : shown) {
            LabelDistribution v = c.voice(VoiceKind.NARRATOR).orElseThrow();
            out.append("  ").append(c.concept()).append('\n');
            for (int i = 0; i < v.outlets().size(); i++) {
                OutletLabels o = v.outlets().get(i);
                out.append(String.format(Locale.ROOT, "    %-" + NAME_WIDTH + "s %6s  JSD %4s  n=%-3d%s %s%n",
                        shorten(o.outlet()), o.meanValence().isPresent() ? Html.signed(o.meanValence().getAsDouble())
                                : "", meanDivergence(v.divergence(), i), o.total(), o.smallSample() ? "*" : " ",
                        topLabels(v, o)));
            }
        }
    }

    private static String meanDivergence(DivergenceMatrix m, int i) {
        int n = m.outlets().size();
        if (n < 2) {
            return "-";
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += j == i ? 0 : m.get(i, j);
        }
        return String.format(Locale.ROOT, "%.2f", sum / (n - 1));
    }

    private static String topLabels(LabelDistribution v, OutletLabels o) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < v.labels().size(); i++) {
            if (o.counts().get(i) > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> -o.counts().get(i)).thenComparingInt(i -> i));
        List<String> parts = new ArrayList<>();
        for (int i : order.subList(0, Math.min(3, order.size()))) {
            parts.add(v.labels().get(i) + " " + Math.round(o.share(i) * 100) + "%");
        }
        return String.join(", ", parts);
    }

    private static void actorTable(StringBuilder out, Comparison comparison, int limit) {
        out.append(String.format(Locale.ROOT, "%nSentiment toward each actor (mean of the evidence, 95%% bootstrap "
                + "interval; labels: mean valence of the labels the outlet chose for it in its own voice)%n"));
        comparison.actors().stream().filter(a -> !a.type().equals("place"))
                .filter(a -> a.outlets().stream().anyMatch(p -> p.sentiment().isPresent()))
                .limit(limit).forEach(a -> actor(out, a));
    }

    private static void actor(StringBuilder out, ActorComparison a) {
        out.append("  ").append(a.name()).append(" (").append(a.id()).append(")\n");
        for (ActorProfile p : a.outlets()) {
            String sentiment = p.sentiment().map(ComparisonText::interval).orElse("no evidence");
            String labels = p.narratorLabelValence().isPresent()
                    ? "labels " + Html.signed(p.narratorLabelValence().getAsDouble()) + " (" + p.narratorLabels() + ")"
                    : "";
            out.append(String.format(Locale.ROOT, "    %-" + NAME_WIDTH + "s %-22s%s %-18s %3d mentions, %d statements%n",
                    shorten(p.outlet()), sentiment, p.smallSample() ? "*" : " ", labels, p.mentions(), p.statements()));
        }
    }

    private static String interval(Interval i) {
        return Html.signed(i.estimate()) + " [" + Html.signed(i.low()) + ", " + Html.signed(i.high()) + "]";
    }

    private static void outletTable(StringBuilder out, Comparison comparison) {
        out.append(String.format(Locale.ROOT, "%nPer 1,000 words: loaded terms (in the outlet's own voice), "
                + "distancing markers, hedges%n"));
        for (OutletProfile o : comparison.outlets()) {
            out.append(String.format(Locale.ROOT, "    %-" + NAME_WIDTH + "s loaded %5.1f (%5.1f)  distancing %4.1f  "
                    + "hedges %4.1f  %d articles, %d words%s%n", shorten(o.outlet()), o.per1000(o.loadedTerms()),
                    o.per1000(o.narratorLoadedTerms()), o.per1000(o.distancingMarkers()), o.per1000(o.hedges()),
                    o.articles(), o.tokens(), o.smallSample() ? " *" : ""));
        }
    }

    private static String shorten(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }
}
