package dev.slant.eval;

import dev.slant.attribution.Attribution;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Stance;
import dev.slant.report.ArticleReport;
import dev.slant.text.Span;
import dev.slant.text.TextStructure;
import dev.slant.voice.VoiceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sentence's report holds for and against the writer's bias: the words the writer chose to
 * judge with, and the neutral attributions that mark plain reporting. Words inside a direct
 * quotation are left out: they are the quoted speaker's words, not the writer's.
 *
 * @param words the candidate words in text order, one per span
 * @param neutralAttributions how many attributions have a neutral cue ("said", "according to")
 * @param style the sentence's marks of argument and of reporting
 */
record BiasEvidence(List<Word> words, int neutralAttributions, StyleMarkers style) {

    /** What makes a word evidence of the writer's bias. */
    enum Kind {
        /** A label or subjective term whose valence is negative: blame, a pejorative. */
        BLAME,
        /** A label or subjective term whose valence is positive: praise. */
        PRAISE,
        /** A reporting cue that judges what was said or how ("claimed", "slammed", "boasted"). */
        JUDGING_CUE,
        /** A distancing marker ("so-called", "self-styled"). */
        DISTANCING
    }

    /**
     * One candidate word.
     *
     * @param span where it stands in the sentence
     * @param kind why it may be evidence
     * @param strength the magnitude of its valence for loaded terms, else 1
     */
    record Word(Span span, Kind kind, double strength) {}

    BiasEvidence {
        words = List.copyOf(words);
    }

    /**
     * Reads a sentence's evidence from its report. Where several entries match one span, the
     * strongest reading is kept: a judging cue or a distancing marker before a loaded term, then
     * the larger valence.
     *
     * @param report the report of one sentence
     * @param structure the sentence's structure
     * @return the evidence
     */
    static BiasEvidence of(ArticleReport report, TextStructure structure) {
        Map<Span, Word> bySpan = new LinkedHashMap<>();
        for (int i = 0; i < report.termCount(); i++) {
            if (report.termVoice(i) == VoiceKind.QUOTED) {
                continue;
            }
            LexiconEntry entry = report.termEntry(i);
            Optional<Kind> kind = kindOf(entry);
            if (kind.isPresent()) {
                Span span = new Span(report.termStart(i), report.termEnd(i));
                double strength = isLoaded(kind.get()) ? Math.abs(entry.valence()) : 1;
                bySpan.merge(span, new Word(span, kind.get(), strength), BiasEvidence::stronger);
            }
        }
        int neutral = 0;
        for (Attribution attribution : report.attributions()) {
            if (attribution.cue().stance() == Stance.NEUTRAL) {
                neutral++;
            }
        }
        return new BiasEvidence(new ArrayList<>(bySpan.values()), neutral, StyleMarkers.of(structure));
    }

    private static Optional<Kind> kindOf(LexiconEntry entry) {
        Category category = entry.category();
        if (category == Category.DISTANCING) {
            return Optional.of(Kind.DISTANCING);
        }
        Optional<Stance> stance = entry.stance();
        if (category == Category.REPORT_VERB && stance.isPresent()
                && (stance.get() == Stance.DISTANCING || stance.get() == Stance.EMOTIVE)) {
            return Optional.of(Kind.JUDGING_CUE);
        }
        if ((category == Category.LABEL || category == Category.SUBJECTIVE) && entry.valence() != 0) {
            return Optional.of(entry.valence() < 0 ? Kind.BLAME : Kind.PRAISE);
        }
        return Optional.empty();
    }

    private static boolean isLoaded(Kind kind) {
        return kind == Kind.BLAME || kind == Kind.PRAISE;
    }

    private static Word stronger(Word a, Word b) {
        if (isLoaded(a.kind()) != isLoaded(b.kind())) {
            return isLoaded(a.kind()) ? b : a;
        }
        return b.strength() > a.strength() ? b : a;
    }
}
