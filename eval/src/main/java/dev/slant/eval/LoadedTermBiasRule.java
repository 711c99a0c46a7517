package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Slant's own bias decision for a sentence, from the words the writer chose. The sentence's score
 * counts one for each piece of evidence of the writer's judgement ({@link BiasEvidence}): outside
 * direct quotations, a loaded word of blame or praise strong enough (its valence), a reporting cue
 * that judges what was said ("claimed", "slammed"), a distancing marker ("so-called"); and, weighted
 * by {@link Settings#style}, each mark of argument of {@link StyleMarkers} (the writer's "we" and
 * "you", a question, emphasis, an {@code -ly} adverb). It takes off {@link Settings#detail} for
 * each number or date and {@link Settings#neutralAttribution} for each attribution with a neutral
 * cue ("said", "according to"), the marks of straight reporting. The sentence is biased when the
 * score reaches {@link Settings#threshold}; its predicted biased words are the loaded words and,
 * with {@link Settings#adverbWords}, the {@code -ly} adverbs, whatever the decision.
 */
public final class LoadedTermBiasRule implements BiasPredictor {
    private final Analyzer analyzer;
    private final Settings settings;

    /**
     * The rule's settings.
     *
     * @param blameValence the least magnitude of a negative valence that makes a loaded word of
     *     blame, in [0, 1]
     * @param praiseValence the same for praise; above 1, praise never counts
     * @param judgingCues whether distancing and emotive reporting cues count
     * @param distancingMarkers whether distancing markers count
     * @param neutralAttribution what each neutrally attributed statement takes off the score, at
     *     least 0
     * @param style what each mark of argument adds (writer presence, a question, emphasis, an
     *     {@code -ly} adverb), at least 0
     * @param adverbWords whether the {@code -ly} adverbs are predicted biased words
     * @param detail what each number or date takes off, at least 0
     * @param threshold the least score of a biased sentence, above 0
     */
    public record Settings(double blameValence, double praiseValence, boolean judgingCues,
            boolean distancingMarkers, double neutralAttribution, double style, boolean adverbWords, double detail, double threshold) {

        /**
         * Validates the settings.
         *
         * @throws IllegalArgumentException if a value is out of range
         */
        public Settings {
            if (!(blameValence >= 0 && blameValence <= 1) || !(praiseValence >= 0)
                    || !(neutralAttribution >= 0) || !(style >= 0) || !(detail >= 0)
                    || !(threshold > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "need blameValence in [0, 1], praiseValence >= 0, neutralAttribution >= 0 and"
                                + " threshold > 0: blameValence=%s, praiseValence=%s, neutralAttribution=%s,"
                                + " threshold=%s",
                        blameValence, praiseValence, neutralAttribution, threshold));
            }
        }

        /**
         * The settings the harness reports, chosen on BABE's development set (see
         * {@code docs/evaluation.md}).
         *
         * @return the defaults
         */
        public static Settings defaults() {
            return new Settings(0.5, 0.6, true, true, 1, 1, true, 1, 1);
        }

        boolean counts(BiasEvidence.Word word) {
            return switch (word.kind()) {
                case BLAME -> word.strength() >= blameValence;
                case PRAISE -> word.strength() >= praiseValence;
                case JUDGING_CUE -> judgingCues;
                case DISTANCING -> distancingMarkers;
            };
        }
    }

    /**
     * Builds a rule.
     *
     * @param analyzer the analyzer whose terms count
     * @param settings the settings
     */
    public LoadedTermBiasRule(Analyzer analyzer, Settings settings) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The rule the harness reports, with {@link Settings#defaults()}.
     *
     * @param analyzer the analyzer whose terms count
     * @return the rule
     */
    public static LoadedTermBiasRule defaults(Analyzer analyzer) {
        return new LoadedTermBiasRule(analyzer, Settings.defaults());
    }

    @Override
    public Prediction predict(String sentence) {
        return decide(BiasEvidence.of(analyzer.analyze(sentence), analyzer.structure(sentence)), settings);
    }

    /**
     * Decides on a sentence's evidence.
     *
     * @param evidence the evidence
     * @param settings the settings
     * @return the prediction
     */
    static Prediction decide(BiasEvidence evidence, Settings settings) {
        List<Span> loaded = new ArrayList<>();
        for (BiasEvidence.Word word : evidence.words()) {
            if (settings.counts(word)) {
                loaded.add(word.span());
            }
        }
        int loadedWords = loaded.size();
        StyleMarkers style = evidence.style();
        int adverbs = 0;
        for (Span adverb : style.adverbSpans()) {
            if (!loaded.contains(adverb)) { // an adverb that is a loaded word counts once
                adverbs++;
                if (settings.adverbWords()) {
                    loaded.add(adverb);
                }
            }
        }
        loaded.sort(Comparator.comparingInt(Span::start));
        double score = loadedWords
                + settings.style() * (style.writerPresence() + style.questions() + style.emphasis() + adverbs)
                - settings.detail() * (style.numbers() + style.dates())
                - settings.neutralAttribution() * evidence.neutralAttributions();
        return new Prediction(score >= settings.threshold(), loaded);
    }

    @Override
    public String toString() {
        return "loaded words outside quotations, marks of argument and of reporting: " + settings;
    }
}
