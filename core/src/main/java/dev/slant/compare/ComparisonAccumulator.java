package dev.slant.compare;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.actors.Actor;
import dev.slant.lexicon.Stance;
import dev.slant.report.ArticleReport;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares outlets as their articles' reports arrive: {@link #add} counts what each report holds
 * into its outlet's tallies and keeps nothing else of it, so a corpus of any size streams through
 * in memory bounded by the number of outlets, concepts, labels and actors (and, per actor and
 * outlet, a bootstrap reservoir of at most {@link ComparisonSettings#reservoirSize()} values).
 * {@link #result()} computes the comparison from the tallies and may be called at any time.
 *
 * <p>Not thread-safe: add reports from one thread (analyse in parallel, add in order, and the
 * result is the same on every run).
 *
 * <pre>{@code
 * ComparisonAccumulator comparison = new ComparisonAccumulator(ComparisonSettings.defaults());
 * for (Article article : articles) {
 *     comparison.add(analyzer.analyze(article));   // grouped by article.outlet()
 * }
 * Comparison result = comparison.result();
 * }</pre>
 */
public final class ComparisonAccumulator {
    /** The outlet name of reports whose article names none. */
    public static final String NO_OUTLET = "(no outlet)";

    private final ComparisonSettings settings;
    private final Map<String, OutletTally> outlets = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** concept → label → {sum of valence, count}, over all outlets. */
    private final Map<String, Map<String, double[]>> labelValence = new TreeMap<>();

    /**
     * Creates an empty comparison.
     *
     * @param settings the thresholds and constants
     */
    public ComparisonAccumulator(ComparisonSettings settings) {
        this.settings = checkNotNull(settings, "settings");
    }

    /**
     * Adds a report under the outlet its article names ({@link #NO_OUTLET} when blank).
     *
     * @param report a report
     * @return this accumulator
     */
    public ComparisonAccumulator add(ArticleReport report) {
        return add(ReportSummary.of(report));
    }

    /**
     * Adds a report under the given outlet.
     *
     * @param outlet the outlet that published the article
     * @param report its report
     * @return this accumulator
     */
    public ComparisonAccumulator add(String outlet, ArticleReport report) {
        return add(ReportSummary.of(outlet, report));
    }

    /**
     * Adds the summary of a report, made on any thread by {@link ReportSummary#of}: the same as
     * adding the report, with the work of reading it done where the summary was made.
     *
     * @param summary a report's summary
     * @return this accumulator
     */
    public ComparisonAccumulator add(ReportSummary summary) {
        checkNotNull(summary, "summary");
        OutletTally tally = outlets.computeIfAbsent(summary.outlet, OutletTally::new);
        tally.articles++;
        tally.tokens += summary.tokens;
        tally.loaded += summary.loaded;
        tally.narratorLoaded += summary.narratorLoaded;
        tally.distancing += summary.distancing;
        tally.hedges += summary.hedges;
        tally.distanced += summary.distanced;
        tally.attributions += summary.attributions;
        tally.actorMentions += summary.actorMentions;
        for (ReportSummary.LabelCount label : summary.labels) {
            tally.addLabel(label.concept(), label.voice(), label.label(), label.count(), label.valenceSum());
            double[] sums = labelValence.computeIfAbsent(label.concept(), c -> new TreeMap<>())
                    .computeIfAbsent(label.label(), l -> new double[2]);
            sums[0] += label.valenceSum();
            sums[1] += label.count();
        }
        for (ReportSummary.ActorSummary a : summary.actors) {
            actors.putIfAbsent(a.actor().id(), a.actor());
            ActorTally actor = tally.actors.computeIfAbsent(a.actor().id(),
                    id -> new ActorTally(settings.reservoirSize(), seedOf(tally.outlet, id)));
            actor.mentions += a.mentions();
            actor.statements += a.statements();
            for (int s = 0; s < actor.stances.length; s++) {
                actor.stances[s] += a.stances()[s];
            }
            for (double c : a.evidence()) {
                actor.evidence.add(c);
            }
            for (double c : a.narratorEvidence()) {
                actor.narratorEvidence.add(c);
            }
            actor.narratorLabelSum += a.narratorLabelSum();
            actor.narratorLabels += a.narratorLabels();
        }
        return this;
    }

    /** A seed per outlet and actor from their names, so that each sample draws its own stream. */
    private long seedOf(String outlet, String actor) {
        long h = settings.seed();
        for (String s : new String[] {outlet, "\u0000", actor}) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001B3L; // FNV-1a over UTF-16 units
            }
        }
        return h;
    }

    /**
     * Computes the comparison of everything added so far.
     *
     * @return the comparison
     */
    public Comparison result() {
        List<OutletProfile> profiles = new ArrayList<>();
        for (OutletTally t : outlets.values()) {
            profiles.add(new OutletProfile(t.outlet, t.articles, t.tokens, t.loaded, t.narratorLoaded, t.distancing,
                    t.hedges, t.distanced, t.tokens < settings.minTokens(), t.labelCounts()));
        }
        List<ConceptComparison> concepts = new ArrayList<>();
        for (String concept : labelValence.keySet()) {
            concepts.add(concept(concept));
        }
        return new Comparison(profiles, concepts, actorComparisons(), settings);
    }

    private ConceptComparison concept(String concept) {
        Map<String, Double> valence = new TreeMap<>();
        labelValence.get(concept).forEach((label, sums) -> valence.put(label, sums[0] / sums[1]));
        List<LabelDistribution> voices = new ArrayList<>();
        for (VoiceKind voice : VoiceKind.values()) {
            distribution(concept, voice).ifPresent(voices::add);
        }
        return new ConceptComparison(concept, valence, voices);
    }

    private Optional<LabelDistribution> distribution(String concept, VoiceKind voice) {
        Map<String, Integer> totals = new TreeMap<>();
        for (OutletTally t : outlets.values()) {
            Map<VoiceKind, Map<String, int[]>> byVoice = t.labels.get(concept);
            if (byVoice != null && byVoice.containsKey(voice)) {
                byVoice.get(voice).forEach((label, count) -> totals.merge(label, count[0], Integer::sum));
            }
        }
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(totals.keySet());
        labels.sort(Comparator.comparing((String l) -> -totals.get(l)).thenComparing(Comparator.naturalOrder()));
        int[] all = new int[labels.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = totals.get(labels.get(i));
        }
        List<String> names = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        List<OutletTally> tallies = new ArrayList<>();
        for (OutletTally t : outlets.values()) {
            int[] counts = t.counts(concept, voice, labels);
            if (java.util.Arrays.stream(counts).sum() > 0) {
                names.add(t.outlet);
                rows.add(counts);
                tallies.add(t);
            }
        }
        boolean comparable = labels.size() >= 2 && rows.size() >= 2;
        List<OutletLabels> outletLabels = new ArrayList<>();
        double[][] jsd = new double[rows.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int[] counts = rows.get(i);
            int total = java.util.Arrays.stream(counts).sum();
            List<Integer> boxed = java.util.Arrays.stream(counts).boxed().toList();
            List<DistinctiveLabel> distinctive = comparable
                    ? LogOdds.distinctive(labels, counts, all, settings.priorStrength(), settings.topLabels())
                    : List.of();
            outletLabels.add(new OutletLabels(names.get(i), boxed, total, tallies.get(i).meanValence(concept, voice),
                    total < settings.minTerms(), distinctive));
            for (int j = 0; j < i; j++) {
                jsd[i][j] = Divergence.jensenShannon(counts, rows.get(j));
                jsd[j][i] = jsd[i][j];
            }
        }
        return Optional.of(new LabelDistribution(voice, labels, outletLabels, new DivergenceMatrix(names, jsd)));
    }

    private List<ActorComparison> actorComparisons() {
        List<ActorComparison> result = new ArrayList<>();
        for (Actor actor : actors.values()) {
            List<ActorProfile> profiles = new ArrayList<>();
            long mentions = 0;
            for (OutletTally t : outlets.values()) {
                ActorTally a = t.actors.get(actor.id());
                if (a == null) {
                    continue;
                }
                mentions += a.mentions;
                Map<Stance, Integer> stances = new EnumMap<>(Stance.class);
                for (Stance s : Stance.values()) {
                    stances.put(s, a.stances[s.ordinal()]);
                }
                long seed = seedOf(t.outlet, actor.id());
                profiles.add(new ActorProfile(t.outlet, a.mentions, share(a.mentions, t.actorMentions), a.statements,
                        share(a.statements, t.attributions), stances,
                        a.evidence.interval(settings.bootstrapSamples(), seed),
                        a.narratorEvidence.interval(settings.bootstrapSamples(), ~seed),
                        a.narratorLabels == 0 ? java.util.OptionalDouble.empty()
                                : java.util.OptionalDouble.of(a.narratorLabelSum / a.narratorLabels),
                        a.narratorLabels, a.evidence.count() < settings.minEvidence()));
            }
            result.add(new ActorComparison(actor.id(), actor.name(), actor.type().id(), mentions, profiles));
        }
        result.sort(Comparator.comparingLong((ActorComparison a) -> -a.mentions()).thenComparing(ActorComparison::id));
        return result;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
