package dev.slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconParser;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScorerTest {
    private static final String PACK = String.join("\n", "@name test/valence", "@version 1", "@language en",
            "@license Apache-2.0", "@source tests", "@category sentiment",
            "good\tvalence=0.5", "brutal\tvalence=-0.75", "great\tvalence=0.8", "bad\tvalence=-0.6",
            "no\tvalence=-0.3", "very\tvalence=0.2", "kind\tvalence=0.4", "");
    private static final Lexicon LEXICON = Lexicon.compile(List.of(LexiconParser.parse("test.lex", PACK)));
    private static final SentimentScorer SCORER = new SentimentScorer(LEXICON, SentimentSettings.defaults());

    private static double score(String text) {
        return SCORER.textScore(text);
    }

    private static List<Evidence> evidenceToward(String text, String target) {
        return evidenceToward(SCORER, text, target);
    }

    private static List<Evidence> evidenceToward(SentimentScorer scorer, String text, String target) {
        StructureBuffer structure = new StructureBuffer();
        StructureScanner.standard().scan(text, structure, new Diagnostics(4));
        ValenceBuffer valence = new ValenceBuffer();
        scorer.score(structure, valence);
        int start = text.indexOf(target);
        return scorer.target(structure, valence, start, start + target.length()).evidence();
    }

    @Test
    void negationFlipsAndShrinksTheValence() {
        assertTrue(score("The plan is good.") > 0);
        assertTrue(score("The plan is not good.") < 0);
        assertTrue(score("The plan isn't good.") < 0);
        assertTrue(score("The plan was never really good.") < 0, "a negator reaches three words");
        assertTrue(Math.abs(score("The plan is not good.")) < score("The plan is good."));
    }

    @Test
    void negationStopsAtTheClauseBoundary() {
        assertTrue(score("Not today, the plan is good.") > 0);
    }

    @Test
    void negationReachesOnlyThreeWords() {
        assertTrue(score("Not one of the many plans was good.") > 0);
    }

    @Test
    void intensifiersRaiseAndDampenersLower() {
        double plain = score("The plan is good.");
        assertTrue(score("The plan is very good.") > plain);
        assertTrue(score("The plan is extremely good.") > plain);
        assertTrue(score("The plan is slightly good.") < plain);
        assertTrue(score("The plan is slightly good.") > 0);
    }

    @Test
    void modifierWordsCarryNoValenceOfTheirOwn() {
        assertEquals(0, score("Very much so."));
        assertEquals(0, score("No."));
    }

    @Test
    void butMakesTheClauseAfterItWeighMore() {
        assertTrue(score("The food was good, but the service was bad.") < 0);
        assertTrue(score("The food was bad, but the service was good.") > 0);
        assertTrue(score("The food was good and the service was bad.") > score("The food was good, but the service was bad."));
    }

    @Test
    void capitalsAddEmphasisUnlessEverythingIsInCapitals() {
        assertTrue(score("The plan is GOOD.") > score("The plan is good."));
        assertEquals(score("THE PLAN IS GOOD."), score("the plan is good."), 1e-12);
    }

    @Test
    void sentenceScoresStayInRange() {
        double score = score("great great great great great great great great great great great great great.");
        assertTrue(score > 0.9 && score <= 1, "score " + score);
    }

    @Test
    void targetEvidenceWeighsNearWordsMore() {
        List<Evidence> evidence = evidenceToward("Smith was good to the village and its farmers were bad.", "Smith");
        assertEquals(2, evidence.size());
        assertEquals("good", evidence.get(0).text());
        assertTrue(evidence.get(0).contribution() > Math.abs(evidence.get(1).contribution()),
                evidence.toString());
    }

    @Test
    void wordsInAnotherClauseWeighLessWhenTheSettingsSaySo() {
        SentimentSettings d = SentimentSettings.defaults();
        SentimentScorer scorer = new SentimentScorer(LEXICON, d.withTargetWeights(d.distanceDecay(), 0.3,
                d.insideWeight(), d.alpha()));
        double same = evidenceToward(scorer, "Smith met them and the brutal envoy.", "Smith").get(0).contribution();
        double other = evidenceToward(scorer, "Smith met them; the brutal envoy.", "Smith").get(0).contribution();
        assertTrue(Math.abs(other) < Math.abs(same), other + " vs " + same);
    }

    @Test
    void wordsInAnotherVoiceThanTheTargetWeighLess() {
        double own = evidenceToward("Smith said the plan was brutal today.", "Smith").get(0).contribution();
        double quoted = evidenceToward("Smith said \"the plan was brutal\" today.", "Smith").get(0).contribution();
        assertTrue(Math.abs(quoted) < Math.abs(own), quoted + " vs " + own);
    }

    @Test
    void againstBeforeATargetIsNegativeEvidence() {
        List<Evidence> evidence = evidenceToward("They marched against Smith.", "Smith");
        assertEquals("against", evidence.get(0).text());
        assertTrue(evidence.get(0).contribution() < 0);
    }

    @Test
    void possessiveTargetOwnsTheWordsAfterItWhenTheSettingsSaySo() {
        SentimentSettings d = SentimentSettings.defaults();
        SentimentScorer scorer = new SentimentScorer(LEXICON, new SentimentSettings(d.negationScope(),
                d.negationFactor(), d.intensifierBoost(), d.dampenerCut(), d.capsBoost(), d.beforeContrast(),
                d.afterContrast(), d.alpha(), d.textAlpha(), d.distanceDecay(), d.otherClauseWeight(), d.otherVoiceWeight(),
                d.insideWeight(), 1.0, 1.5,
                d.against(), d.positiveThreshold(), d.negativeThreshold()));
        double possessive = evidenceToward(scorer, "Smith's brutal campaign went on.", "Smith").get(0).contribution();
        double plain = evidenceToward(scorer, "Smith and the brutal campaign went on.", "Smith").get(0).contribution();
        assertTrue(possessive < plain, possessive + " vs " + plain);
    }

    @Test
    void badTargetsGiveAProblemNotAnException() {
        String text = "Smith was good.";
        StructureBuffer structure = new StructureBuffer();
        StructureScanner.standard().scan(text, structure, new Diagnostics(4));
        ValenceBuffer valence = new ValenceBuffer();
        SCORER.score(structure, valence);
        assertTrue(SCORER.target(structure, valence, 3, 3).problem().orElseThrow().contains("empty"));
        assertTrue(SCORER.target(structure, valence, 2, 5).problem().orElseThrow().contains("cuts a word"));
        assertTrue(SCORER.target(structure, valence, 0, 500).problem().orElseThrow().contains("beyond"));
        assertTrue(SCORER.target(structure, valence, -4, 2).problem().isPresent());
        assertFalse(SCORER.target(structure, valence, 0, 5).problem().isPresent());
        assertEquals(SentimentLabel.POSITIVE, SCORER.target(structure, valence, 0, 5).label());
    }

    @Test
    void badTextNeverThrows() {
        for (String text : List.of("", "\"unclosed good quote", "\uD800 good \u0000", "good".repeat(100_000),
                "x ".repeat(200_000) + "good")) {
            double score = score(text);
            assertTrue(score >= -1 && score <= 1);
        }
    }
}
