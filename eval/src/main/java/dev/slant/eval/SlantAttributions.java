package dev.slant.eval;

import dev.slant.Analyzer;
import dev.slant.attribution.AttributionTable;
import dev.slant.report.ArticleReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Slant's attribution layer as a PolNeAR predictor: each attribution of the analyzer's report,
 * with its cue, its source phrase (a pronoun included, as PolNeAR annotates it) and the extent of
 * its content; the speaker is unknown when there is no source or a pronoun found no antecedent.
 */
public final class SlantAttributions implements AttributionPredictor {
    private final Analyzer analyzer;

    /**
     * Predicts with an analyzer.
     *
     * @param analyzer the analyzer whose reporting cues (entries with a stance) are used
     */
    public SlantAttributions(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    @Override
    public List<PredictedAttribution> predict(String text) {
        ArticleReport report = analyzer.analyze(text);
        AttributionTable table = report.attributionTable();
        List<PredictedAttribution> found = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            var attribution = table.get(i);
            var source = attribution.source();
            found.add(new PredictedAttribution(attribution.cue().span().start(), attribution.cue().span().end(),
                    source.map(s -> s.span().start()).orElse(-1), source.map(s -> s.span().end()).orElse(-1),
                    attribution.content().start(), attribution.content().end(), table.hasKnownSpeaker(i)));
        }
        return found;
    }

    @Override
    public String toString() {
        return "SlantAttributions (the attribution layer of the analyzer's report)";
    }
}
