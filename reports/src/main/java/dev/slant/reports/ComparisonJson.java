package dev.slant.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slant.compare.ActorComparison;
import dev.slant.compare.ActorProfile;
import dev.slant.compare.Comparison;
import dev.slant.compare.ComparisonSettings;
import dev.slant.compare.ConceptComparison;
import dev.slant.compare.DistinctiveLabel;
import dev.slant.compare.DivergenceMatrix;
import dev.slant.compare.Interval;
import dev.slant.compare.LabelDistribution;
import dev.slant.compare.OutletLabels;
import dev.slant.compare.OutletProfile;
import dev.slant.lexicon.Stance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a {@link Comparison} as JSON, schema {@value Comparison#SCHEMA}, documented in
 * {@code docs/report-schema.md}. Deterministic: the same comparison gives the same bytes.
 */
public final class ComparisonJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ComparisonJson() {}

    /**
     * Writes the comparison, indented, followed by a line break.
     *
     * @param comparison the comparison
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Comparison comparison, Writer out) {
        try {
            MAPPER.writeValue(out, tree(comparison));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the comparison as a JSON tree.
     *
     * @param comparison the comparison
     * @return a new tree
     */
    public static ObjectNode tree(Comparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Comparison.SCHEMA);
        root.put("articles", comparison.articles());
        root.set("settings", settings(comparison.settings()));
        ArrayNode outlets = root.putArray("outlets");
        comparison.outlets().forEach(o -> outlets.add(outlet(o)));
        ArrayNode concepts = root.putArray("concepts");
        comparison.concepts().forEach(c -> concepts.add(concept(c)));
        ArrayNode actors = root.putArray("actors");
        comparison.actors().forEach(a -> actors.add(actor(a)));
        return root;
    }

    private static ObjectNode settings(ComparisonSettings s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("minTerms", s.minTerms());
        node.put("minEvidence", s.minEvidence());
        node.put("minTokens", s.minTokens());
        node.put("priorStrength", s.priorStrength());
        node.put("topLabels", s.topLabels());
        node.put("bootstrapSamples", s.bootstrapSamples());
        node.put("reservoirSize", s.reservoirSize());
        node.put("seed", s.seed());
        return node;
    }

    private static ObjectNode outlet(OutletProfile o) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("outlet", o.outlet());
        node.put("articles", o.articles());
        node.put("tokens", o.tokens());
        node.put("smallSample", o.smallSample());
        node.set("loadedTerms", rate(o, o.loadedTerms()));
        node.set("narratorLoadedTerms", rate(o, o.narratorLoadedTerms()));
        node.set("distancingMarkers", rate(o, o.distancingMarkers()));
        node.set("hedges", rate(o, o.hedges()));
        node.set("distancedTerms", rate(o, o.distancedTerms()));
        return node;
    }

    private static ObjectNode rate(OutletProfile o, long count) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("count", count);
        node.put("per1000", Numbers.round(o.per1000(count)));
        return node;
    }

    private static ObjectNode concept(ConceptComparison c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("concept", c.concept());
        ObjectNode valence = node.putObject("labelValence");
        new java.util.TreeMap<>(c.labelValence()).forEach((label, v) -> valence.put(label, Numbers.round(v)));
        ArrayNode voices = node.putArray("voices");
        c.voices().forEach(v -> voices.add(voice(v)));
        return node;
    }

    private static ObjectNode voice(LabelDistribution v) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("voice", v.voice().id());
        ArrayNode labels = node.putArray("labels");
        v.labels().forEach(labels::add);
        ArrayNode outlets = node.putArray("outlets");
        for (OutletLabels o : v.outlets()) {
            ObjectNode row = outlets.addObject();
            row.put("outlet", o.outlet());
            row.put("total", o.total());
            ArrayNode counts = row.putArray("counts");
            o.counts().forEach(counts::add);
            ArrayNode shares = row.putArray("shares");
            for (int i = 0; i < o.counts().size(); i++) {
                shares.add(Numbers.round(o.share(i)));
            }
            putOptional(row, "meanValence", o.meanValence());
            row.put("smallSample", o.smallSample());
            ArrayNode distinctive = row.putArray("distinctive");
            for (DistinctiveLabel d : o.distinctive()) {
                ObjectNode label = distinctive.addObject();
                label.put("label", d.label());
                label.put("count", d.count());
                label.put("others", d.others());
                label.put("logOdds", Numbers.round(d.logOdds()));
                label.put("z", Numbers.round(d.z()));
            }
        }
        node.set("divergence", divergence(v.divergence()));
        return node;
    }

    private static ObjectNode divergence(DivergenceMatrix m) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode outlets = node.putArray("outlets");
        m.outlets().forEach(outlets::add);
        ArrayNode values = node.putArray("jsd");
        for (int i = 0; i < m.outlets().size(); i++) {
            ArrayNode row = values.addArray();
            for (int j = 0; j < m.outlets().size(); j++) {
                row.add(Numbers.round(m.get(i, j)));
            }
        }
        return node;
    }

    private static ObjectNode actor(ActorComparison a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("name", a.name());
        node.put("type", a.type());
        node.put("mentions", a.mentions());
        ArrayNode outlets = node.putArray("outlets");
        for (ActorProfile p : a.outlets()) {
            ObjectNode row = outlets.addObject();
            row.put("outlet", p.outlet());
            row.put("mentions", p.mentions());
            row.put("mentionShare", Numbers.round(p.mentionShare()));
            row.put("statements", p.statements());
            row.put("statementShare", Numbers.round(p.statementShare()));
            ObjectNode stances = row.putObject("stances");
            for (Stance s : Stance.values()) {
                stances.put(s.id(), p.stances().getOrDefault(s, 0));
            }
            row.set("sentiment", interval(p.sentiment()));
            row.set("narratorSentiment", interval(p.narratorSentiment()));
            putOptional(row, "narratorLabelValence", p.narratorLabelValence());
            row.put("narratorLabels", p.narratorLabels());
            row.put("smallSample", p.smallSample());
        }
        return node;
    }

    private static ObjectNode interval(Optional<Interval> value) {
        if (value.isEmpty()) {
            return null; // written as JSON null
        }
        Interval i = value.get();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("estimate", Numbers.round(i.estimate()));
        node.put("low", Numbers.round(i.low()));
        node.put("high", Numbers.round(i.high()));
        node.put("evidence", i.evidence());
        return node;
    }

    private static void putOptional(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, Numbers.round(value.getAsDouble()));
        } else {
            node.putNull(field);
        }
    }
}
