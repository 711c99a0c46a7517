/**
 * Sentiment from word valence, with VADER-style rules over Slant's own tokens, sentences and
 * clauses: the valence of sentences, and the sentiment toward a span (a target) with the words
 * behind it. Start at {@link dev.slant.sentiment.SentimentScorer}.
 */
package dev.slant.sentiment;
