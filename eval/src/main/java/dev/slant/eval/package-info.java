/**
 * Scores Slant on gold data: start with {@link dev.slant.eval.Datasets}, which names every
 * {@link dev.slant.eval.Dataset} adapter, and read the {@link dev.slant.eval.Evaluation} it returns.
 *
 * <p>Each adapter reads one public format (BABE, PolNeAR, NewsMTSC, the NYT sentences of VADER, or
 * the generic JSONL of a user's own gold spans), runs a predictor over it and computes the figures
 * that the data set's own paper reports. A {@link dev.slant.eval.PredictionWriter} writes one JSON
 * line per item, so that every figure can be recomputed without this code. The predictors that are
 * not Slant's analyzer itself sit behind small interfaces ({@link dev.slant.eval.AttributionPredictor},
 * {@link dev.slant.eval.TargetSentimentPredictor}, {@link dev.slant.eval.SentenceSentimentPredictor})
 * with lexicon baselines, so that a better predictor plugs in without touching the metrics.
 */
package dev.slant.eval;
