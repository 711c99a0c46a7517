package dev.slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconParser;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetFeaturesTest {
    private static final String PACK = String.join("\n", "@name test/valence", "@version 1", "@language en",
            "@license Apache-2.0", "@source tests", "@category sentiment", "brutal\tvalence=-0.8",
            "kind\tvalence=0.4", "");
    private static final SentimentScorer SCORER = new SentimentScorer(
            Lexicon.compile(List.of(LexiconParser.parse("test.lex", PACK))), SentimentSettings.defaults());

    @Test
    void theTargetsEvidenceAndItsSentencesValenceWords() {
        String text = "The army was brutal. Putin was kind, and the army was brutal.";
        StructureBuffer buffer = new StructureBuffer();
        StructureScanner.standard().scan(text, buffer, new Diagnostics(4));
        ValenceBuffer valence = new ValenceBuffer();
        SCORER.score(buffer, valence);
        int putin = text.indexOf("Putin");
        TargetSentiment rules = SCORER.target(buffer, valence, putin, putin + 5);
        double[] x = TargetFeatures.of(buffer, valence, rules);

        assertEquals(TargetFeatures.NAMES.size(), x.length);
        assertEquals(rules.score(), x[0]);
        double positive = rules.evidence().stream().mapToDouble(Evidence::contribution).filter(c -> c > 0).sum();
        double negative = rules.evidence().stream().mapToDouble(Evidence::contribution).filter(c -> c < 0).sum();
        assertEquals(rules.evidence().stream().filter(e -> e.contribution() > 0).count(), x[1]);
        assertEquals(positive, x[3], 1e-12);
        assertEquals(negative, x[4], 1e-12);
        // the second sentence's two valence words, not the first sentence's
        assertEquals(2, x[6]);
        assertEquals((valence.evidenceValue(1) + valence.evidenceValue(2)) / 2, x[5], 1e-12);
        assertEquals(valence.evidenceValue(2), x[7], 1e-12);
        assertEquals(valence.evidenceValue(1), x[8], 1e-12);
        // Putin opens his sentence: every piece of evidence stands after him
        assertEquals(0, x[9]);
        assertEquals(positive + negative, x[10], 1e-12);
        assertEquals(0, x[11]);

        int army = text.lastIndexOf("army");
        TargetSentiment later = SCORER.target(buffer, valence, army, army + 4);
        double[] y = TargetFeatures.of(buffer, valence, later);
        double before = later.evidence().stream().filter(e -> e.span().start() < army)
                .mapToDouble(Evidence::contribution).sum();
        assertTrue(before > 0, "'kind' stands before the army: " + later.evidence());
        assertEquals(before, y[9], 1e-12);
        assertTrue(y[11] > 0.5 && y[11] < 1, "position " + y[11]);
    }

    @Test
    void anInvalidTargetHasNoFeatures() {
        StructureBuffer buffer = new StructureBuffer();
        StructureScanner.standard().scan("Putin.", buffer, new Diagnostics(4));
        ValenceBuffer valence = new ValenceBuffer();
        SCORER.score(buffer, valence);
        TargetSentiment invalid = SCORER.target(buffer, valence, 2, 4);
        assertArrayEquals(new double[TargetFeatures.NAMES.size()], TargetFeatures.of(buffer, valence, invalid));
    }
}
