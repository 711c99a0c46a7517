package dev.slant.eval;

import dev.slant.text.Quotation;
import dev.slant.text.Span;
import dev.slant.text.TextStructure;
import dev.slant.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The marks of a writer who argues rather than reports, counted in a sentence outside quotation
 * marks: the writer addressing the reader or speaking for a group (the self-mentions and engagement
 * markers of Hyland's metadiscourse, 2005: "we", "our", "you"), rhetorical questions and
 * exclamations, emphasis ("even", "actually", "simply"), adverbs of manner and degree in
 * {@code -ly} ("dramatically", "blatantly"); and, on the other side, numbers and dates, the
 * detail of factual reporting. The word lists are closed classes (pronouns, weekdays and months)
 * or a handful of common emphasis words; an {@code -ly} word counts when it is written in lower
 * case, has at least six letters and is not one of the common nouns, adjectives and neutral
 * adverbs of time, frequency, manner of reporting or extent listed in {@link #NOT_ADVERBS}.
 *
 * @param writerPresence first- and second-person pronouns
 * @param questions marks of a question or an exclamation
 * @param emphasis emphasis words
 * @param lyAdverbs {@code -ly} adverbs
 * @param adverbSpans where the {@code -ly} adverbs stand
 * @param numbers number tokens
 * @param dates names of weekdays and months ("May" only capitalised), "yesterday", "today",
 *     "tonight"
 */
record StyleMarkers(int writerPresence, int questions, int emphasis, int lyAdverbs, List<Span> adverbSpans,
        int numbers, int dates) {

    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> EMPHASIS = Set.of("even", "actually", "simply", "merely", "really", "truly",
            "indeed", "clearly", "obviously", "surely", "certainly", "undeniably", "undoubtedly");
    /**
     * Words in -ly of six letters or more that are not adverbs of manner or degree (nouns,
     * adjectives), or are adverbs of time, frequency, extent or reporting that carry no judgement.
     */
    private static final Set<String> NOT_ADVERBS = Set.of("family", "supply", "assembly", "anomaly", "monopoly",
            "likely", "weekly", "monthly", "yearly", "quarterly", "elderly", "lonely", "friendly", "lovely",
            "reportedly", "allegedly", "previously", "currently", "recently", "respectively", "approximately",
            "nearly", "roughly", "formerly", "initially", "eventually", "finally", "lately", "mostly", "largely",
            "partly", "mainly", "primarily", "publicly", "privately", "officially", "directly", "immediately",
            "separately", "jointly", "unanimously", "originally", "subsequently", "shortly", "newly", "widely");

    private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "yesterday", "today", "tonight");

    StyleMarkers {
        adverbSpans = List.copyOf(adverbSpans);
    }

    /**
     * Counts the markers of a sentence.
     *
     * @param structure the sentence's structure
     * @return the counts
     */
    static StyleMarkers of(TextStructure structure) {
        String text = structure.text();
        List<Quotation> quotations = structure.quotations();
        int personal = 0;
        int questions = 0;
        int emphasis = 0;
        int numbers = 0;
        int dates = 0;
        List<Span> adverbs = new ArrayList<>();
        for (Token token : structure.tokens()) {
            if (inQuotation(token.span(), quotations)) {
                continue;
            }
            switch (token.kind()) {
                case NUMBER -> numbers++;
                case PUNCTUATION -> {
                    String mark = token.textOf(text);
                    questions += mark.indexOf('?') >= 0 || mark.indexOf('!') >= 0 ? 1 : 0;
                }
                case WORD -> {
                    String written = token.textOf(text);
                    String word = written.toLowerCase(Locale.ROOT);
                    if (PERSONAL.contains(word) && !written.equals("US")) { // not the United States
                        personal++;
                    } else if (EMPHASIS.contains(word)) {
                        emphasis++;
                    } else if (DATES.contains(word) && (!word.equals("may") || Character.isUpperCase(written.charAt(0)))) {
                        dates++;

                    } else if (isLyAdverb(written, word)) {
                        adverbs.add(token.span());
                    }
                }
                default -> { }
            }
        }
        return new StyleMarkers(personal, questions, emphasis, adverbs.size(), adverbs, numbers, dates);
    }

    private static boolean isLyAdverb(String written, String word) {
        return word.length() >= 6 && word.endsWith("ly") && Character.isLowerCase(written.charAt(0))
                && !NOT_ADVERBS.contains(word) && word.indexOf('-') < 0;
    }

    private static boolean inQuotation(Span span, List<Quotation> quotations) {
        for (Quotation quotation : quotations) {
            if (span.start() >= quotation.span().start() && span.end() <= quotation.span().end()) {
                return true;
            }
        }
        return false;
    }
}
