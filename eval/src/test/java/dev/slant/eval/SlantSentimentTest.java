package dev.slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlantSentimentTest {
    private static final SlantSentiment SENTIMENT = new SlantSentiment(Datasets.standardAnalyzer());

    @Test
    void aSentenceScoresByItsValenceWords() {
        assertEquals(0.0, SENTIMENT.score("The council met on Tuesday."));
        assertTrue(SENTIMENT.score("A horrible, brutal massacre.") < -0.5);
        assertTrue(SENTIMENT.score("A brilliant, wonderful victory.") > 0.5);
    }

    @Test
    void aTargetGetsThePolarityOfTheWordsAroundIt() {
        assertEquals(Polarity.NEUTRAL, SENTIMENT.predict("The council met.", 4, 11).polarity());
        TargetSentimentPredictor.Prediction coach = SENTIMENT.predict("A brilliant coach won.", 12, 17);
        assertEquals(Polarity.POSITIVE, coach.polarity());
        assertTrue(coach.score() > 0);
        assertEquals(Polarity.NEGATIVE, SENTIMENT.predict("The brutal dictator lied.", 11, 19).polarity());
    }
}
