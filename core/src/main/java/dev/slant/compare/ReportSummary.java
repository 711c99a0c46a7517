package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.actors.Actor;
import dev.slant.actors.ActorFinding;
import dev.slant.actors.LabelChoice;
import dev.slant.actors.StatementCue;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Stance;
import dev.slant.report.ArticleReport;
import dev.slant.sentiment.Evidence;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one report adds to a comparison, and nothing more: its counts of labels, loaded terms,
 * markers and hedges, and per actor its mentions, statements and evidence. Computed from a report
 * on any thread ({@link #of}), so that the work of reading a report can be spread over the
 * threads that analyse, and then added in order with {@link ComparisonAccumulator#add(ReportSummary)}.
 * Immutable.
 */
public final class ReportSummary {
    final String outlet;
    final long tokens;
    final long loaded;
    final long narratorLoaded;
    final long distancing;
    final long hedges;
    final long distanced;
    final long attributions;
    final long actorMentions;
    final List<LabelCount> labels;
    final List<ActorSummary> actors;

    /** The terms of one label of one concept in one voice. */
    record LabelCount(String concept, String label, VoiceKind voice, int count, double valenceSum) {}

    /** What the report says of one actor. */
    record ActorSummary(Actor actor, int mentions, double[] evidence, double[] narratorEvidence,
            double narratorLabelSum, int narratorLabels, int statements, int[] stances) {}

    private ReportSummary(String outlet, ArticleReport report, Counts counts, List<ActorSummary> actors) {
        this.outlet = outlet;
        this.tokens = report.tokens();
        this.loaded = counts.loaded;
        this.narratorLoaded = counts.narratorLoaded;
        this.distancing = counts.distancing;
        this.hedges = counts.hedges;
        this.distanced = counts.distanced;
        this.attributions = report.attributionTable().size();
        this.actorMentions = actors.stream().mapToLong(ActorSummary::mentions).sum();
        this.labels = List.copyOf(counts.labels.values().stream()
                .map(c -> new LabelCount(c.concept, c.label, c.voice, c.count, c.valenceSum)).toList());
        this.actors = List.copyOf(actors);
    }

    /**
     * Summarises a report under the outlet its article names ({@link ComparisonAccumulator#NO_OUTLET}
     * when blank).
     *
     * @param report a report
     * @return its summary
     */
    public static ReportSummary of(ArticleReport report) {
        String outlet = report.article().outlet().strip();
        return of(outlet.isEmpty() ? ComparisonAccumulator.NO_OUTLET : outlet, report);
    }

    /**
     * Summarises a report under the given outlet.
     *
     * @param outlet the outlet that published the article
     * @param report its report
     * @return its summary
     */
    public static ReportSummary of(String outlet, ArticleReport report) {
        checkNotNull(outlet, "outlet");
        checkNotNull(report, "report");
        return new ReportSummary(outlet, report, Counts.of(report), actors(report));
    }

    /**
     * Returns the outlet the summary counts for.
     *
     * @return the outlet
     */
    public String outlet() {
        return outlet;
    }

    /** The term counts of one report. */
    private static final class Counts {
        long loaded;
        long narratorLoaded;
        long distancing;
        long hedges;
        long distanced;
        final Map<String, MutableLabel> labels = new LinkedHashMap<>();

        static Counts of(ArticleReport report) {
            Counts counts = new Counts();
            for (int i = 0; i < report.termCount(); i++) {
                LexiconEntry entry = report.termEntry(i);
                VoiceKind voice = report.termVoice(i);
                if (LoadedTerms.isLoaded(entry)) {
                    counts.loaded++;
                    counts.narratorLoaded += voice == VoiceKind.NARRATOR ? 1 : 0;
                }
                counts.distancing += entry.category() == Category.DISTANCING ? 1 : 0;
                counts.hedges += entry.category() == Category.HEDGE ? 1 : 0;
                counts.distanced += voice == VoiceKind.DISTANCED ? 1 : 0;
                if (entry.concept().isPresent()) {
                    String concept = entry.concept().get();
                    MutableLabel label = counts.labels.computeIfAbsent(
                            concept + '\u0000' + entry.label() + '\u0000' + voice.ordinal(),
                            k -> new MutableLabel(concept, entry.label(), voice));
                    label.count++;
                    label.valenceSum += entry.valence();
                }
            }
            return counts;
        }
    }

    private static final class MutableLabel {
        final String concept;
        final String label;
        final VoiceKind voice;
        int count;
        double valenceSum;

        MutableLabel(String concept, String label, VoiceKind voice) {
            this.concept = concept;
            this.label = label;
            this.voice = voice;
        }
    }

    private static List<ActorSummary> actors(ArticleReport report) {
        List<ActorFinding> findings = report.actors();
        Map<String, int[]> statements = new LinkedHashMap<>(); // actor id -> stance counts
        for (ActorFinding finding : findings) {
            int[] stances = statements.computeIfAbsent(finding.actor().id(), id -> new int[Stance.values().length]);
            for (StatementCue cue : finding.statements()) {
                Stance.fromId(cue.stance()).ifPresent(s -> stances[s.ordinal()]++);
            }
        }
        List<ActorSummary> actors = new ArrayList<>(findings.size());
        for (ActorFinding finding : findings) {
            double labelSum = 0;
            int labels = 0;
            for (LabelChoice label : finding.labels()) {
                if (label.voice() == VoiceKind.NARRATOR) {
                    labelSum += label.valence();
                    labels++;
                }
            }
            int[] stances = statements.getOrDefault(finding.actor().id(), new int[Stance.values().length]);
            actors.add(new ActorSummary(finding.actor(), finding.mentions().size(), contributions(finding.sentiment()),
                    contributions(finding.byVoice().getOrDefault(VoiceKind.NARRATOR, SentimentEstimate.NONE)),
                    labelSum, labels, java.util.Arrays.stream(stances).sum(), stances));
        }
        return actors;
    }

    private static double[] contributions(SentimentEstimate estimate) {
        List<Evidence> evidence = estimate.evidence();
        double[] values = new double[evidence.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evidence.get(i).contribution();
        }
        return values;
    }
}
