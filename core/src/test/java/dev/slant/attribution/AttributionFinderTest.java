package dev.slant.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Analyzer;
import dev.slant.Slant;
import dev.slant.lexicon.Category;
import dev.slant.lexicon.Inflection;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Stance;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import dev.slant.text.DiagnosticCode;
import dev.slant.voice.VoiceKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {
    private static final LexiconPack PACK = LexiconPack.builder("test/en")
            .add(cue("say", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("said", Stance.NEUTRAL, Inflection.NONE))
            .add(cue("tell", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("told", Stance.NEUTRAL, Inflection.NONE))
            .add(cue("add", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("state", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("allege", Stance.DISTANCING, Inflection.VERB))
            .add(cue("stress", Stance.ENDORSING, Inflection.VERB))
            .add(cue("slam", Stance.EMOTIVE, Inflection.VERB))
            .add(cue("report", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("according to", Stance.NEUTRAL, Inflection.NONE))
            .add(cue("purportedly", Stance.HEDGED, Inflection.NONE))
            .add(cue("want", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("plan", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("support", Stance.EMOTIVE, Inflection.VERB))
            .add(cue("ask", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("in an interview", Stance.NEUTRAL, Inflection.NONE))
            .add(cue("seem", Stance.HEDGED, Inflection.VERB))
            .add(cue("claim", Stance.DISTANCING, Inflection.VERB))
            .add(cue("statement", Stance.NEUTRAL, Inflection.NOUN))
            .add(cue("cite", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("comment", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("warn", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("warning", Stance.NEUTRAL, Inflection.NONE))
            .add(cue("urge", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("found", Stance.ENDORSING, Inflection.NONE))
            .add(cue("continue", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("accuse", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("liken", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("point to", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("charge", Stance.NEUTRAL, Inflection.VERB))
            .add(cue("detail", Stance.NEUTRAL, Inflection.VERB))
            .add(LexiconEntry.builder("terrorist", Category.LABEL).concept("armed-groups", "terrorists")
                    .valence(-0.9).inflection(Inflection.NOUN).build())
            .add(LexiconEntry.builder("rebel", Category.LABEL).concept("armed-groups", "rebels")
                    .valence(-0.1).inflection(Inflection.NOUN).build())
            .build();
    private static final Analyzer ANALYZER = Slant.analyzer().defaults(false).lexicon(PACK).build();

    private static LexiconEntry cue(String phrase, Stance stance, Inflection inflection) {
        return LexiconEntry.builder(phrase, Category.REPORT_VERB).stance(stance).inflection(inflection).build();
    }

    private static Attribution only(String text) {
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(1, found.size(), () -> "attributions of: " + text + " -> " + found);
        return found.get(0);
    }

    private static String content(String text, Attribution attribution) {
        return attribution.content().textOf(text);
    }

    @Test
    void sourceBeforeTheCueWithTitleAndIndirectContent() {
        String text = "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks went well.";
        Attribution a = only(text);
        assertEquals("Kremlin spokesman Dmitry Peskov", a.source().orElseThrow().text());
        assertEquals(Optional.of("Dmitry Peskov"), a.speaker());
        assertEquals(SourceKind.NAMED, a.source().orElseThrow().kind());
        assertEquals("said", a.cue().text());
        assertEquals("that the talks went well", content(text, a));
        assertEquals(AttributionKind.INDIRECT, a.kind());
    }

    @Test
    void quotationBeforeTheCueWithTheSourceAfterIt() {
        String text = "\"We will not allow it,\" said Peskov.";
        Attribution a = only(text);
        assertEquals("Peskov", a.source().orElseThrow().text());
        assertEquals("\"We will not allow it,\"", content(text, a));
        assertEquals(AttributionKind.DIRECT, a.kind());
    }

    @Test
    void colonIntroducesAQuotationThatRunsOverSentences() {
        String text = "Putin stated: \"We agreed. The terrorists must go.\" The talks ended.";
        Attribution a = only(text);
        assertEquals("\"We agreed. The terrorists must go.\"", content(text, a));
        assertEquals(AttributionKind.DIRECT, a.kind());
        ArticleReport report = ANALYZER.analyze(text);
        Term terrorists = report.terms().stream().filter(t -> t.text().equals("terrorists")).findFirst().orElseThrow();
        assertEquals(VoiceKind.QUOTED, terrorists.voice().kind());
        assertEquals(Optional.of("Putin"), terrorists.speaker());
    }

    @Test
    void aQuotationSplitByItsAttributionIsOneStatementInTwoParts() {
        String text = "\"We are ready,\" Erdogan said. \"Our patience has limits.\"";
        Attribution a = only(text);
        assertEquals(2, a.parts().size());
        assertEquals("\"Our patience has limits.\"", a.parts().get(1).textOf(text));
        assertEquals(AttributionKind.DIRECT, a.kind());
    }

    @Test
    void appositionBelongsToTheSource() {
        String text = "Peskov, the Kremlin spokesman, said the rebels had left.";
        Attribution a = only(text);
        assertEquals("Peskov, the Kremlin spokesman", a.source().orElseThrow().text());
        assertEquals(Optional.of("Peskov"), a.speaker());
        assertEquals("the rebels had left", content(text, a));
    }

    @Test
    void accordingToTakesItsSourceAfterTheCueOnEitherSide() {
        String before = "According to the ministry, the rebels fled.";
        Attribution first = only(before);
        assertEquals("the ministry", first.source().orElseThrow().text());
        assertEquals(SourceKind.UNNAMED, first.source().orElseThrow().kind());
        assertEquals("the rebels fled", content(before, first));

        String after = "The rebels fled, according to Turkish officials.";
        Attribution second = only(after);
        assertEquals("Turkish officials", second.source().orElseThrow().text());
        assertEquals("The rebels fled", content(after, second));
    }

    @Test
    void pronounsResolveToTheLastFittingSpeaker() {
        String text = "Russian President Vladimir Putin said the talks went well. He added that more were planned.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size());
        Source he = found.get(1).source().orElseThrow();
        assertEquals(SourceKind.PRONOUN, he.kind());
        assertEquals(Optional.of("Vladimir Putin"), he.actor());
        assertTrue(he.isResolved());
    }

    @Test
    void aPronounWithNoAntecedentIsAnUnknownSpeaker() {
        ArticleReport report = ANALYZER.analyze("She said the rebels had left.");
        assertFalse(report.attributions().get(0).source().orElseThrow().isResolved());
        assertEquals(1.0, report.attributionTable().unknownSpeakerShare(), 1e-9);
    }

    @Test
    void aLaterMentionOfANameIsTheSameSpeaker() {
        String text = "Recep Tayyip Erdogan stressed that Turkey was ready. Erdogan also slammed the offensive.";
        AttributionTable table = ANALYZER.analyze(text).attributionTable();
        assertEquals(2, table.size());
        assertEquals(Optional.of("Recep Tayyip Erdogan"), table.speaker(1));
        AttributionTable.SpeakerStats stats = table.speakerStats().get(0);
        assertEquals(2, stats.statements());
        assertEquals(1, stats.count(Stance.ENDORSING));
        assertEquals(1, stats.count(Stance.EMOTIVE));
    }

    @Test
    void theCueStanceComesFromTheLexiconAndDistancingIsCounted() {
        String text = "Erdogan alleged that the offensive threatened Turkey. Peskov said the rebels attacked.";
        ArticleReport report = ANALYZER.analyze(text);
        assertEquals(Stance.DISTANCING, report.attributions().get(0).cue().stance());
        AttributionTable.SpeakerStats erdogan = report.attributionTable().speakerStats().get(0);
        assertEquals(1.0, erdogan.distancingShare(), 1e-9);
    }

    @Test
    void aParaphraseWithAScareQuotedFragmentIsMixed() {
        String text = "Putin said they had outlined measures to root out \"terrorists\" in Idlib.";
        ArticleReport report = ANALYZER.analyze(text);
        Attribution a = report.attributions().get(0);
        assertEquals(AttributionKind.MIXED, a.kind());
        Term terrorists = report.terms().get(report.termCount() - 1);
        assertEquals(VoiceKind.DISTANCED, terrorists.voice().kind());
        assertEquals(Optional.of("Putin"), terrorists.speaker());
    }

    @Test
    void labelsInIndirectContentAreReportedWithTheirSpeaker() {
        String text = "The rebels attacked. Peskov said the terrorists attacked.";
        ArticleReport report = ANALYZER.analyze(text);
        List<Term> labels = report.terms().stream().filter(t -> t.entry().category() == Category.LABEL).toList();
        assertEquals(VoiceKind.NARRATOR, labels.get(0).voice().kind());
        assertEquals(Optional.empty(), labels.get(0).attribution());
        assertEquals(VoiceKind.REPORTED, labels.get(1).voice().kind());
        assertEquals(Optional.of("Peskov"), labels.get(1).speaker());
        assertEquals(VoiceKind.REPORTED, report.termVoice(report.termCount() - 1));
        assertEquals(1, report.scores().of(Category.LABEL).reported());
    }

    @Test
    void aPassiveReportHasNoSource() {
        String text = "It was reported that the rebels had left.";
        Attribution a = only(text);
        assertTrue(a.source().isEmpty());
        assertEquals("that the rebels had left", content(text, a));
    }

    @Test
    void aHedgeMarksTheClauseWithoutASource() {
        String text = "The offensive purportedly caused a crisis.";
        Attribution a = only(text);
        assertEquals(Stance.HEDGED, a.cue().stance());
        assertTrue(a.source().isEmpty());
        assertEquals("caused a crisis", content(text, a));
    }

    @Test
    void aSpeakerLabelAndAColonOpenATranscriptParagraph() {
        String text = "PENCE: Well, look, the debate will go ahead. We said so.\n\nThe talks ended.";
        Attribution a = ANALYZER.analyze(text).attributions().get(0);
        assertEquals(":", a.cue().text());
        assertEquals("PENCE", a.source().orElseThrow().text());
        assertEquals("Well, look, the debate will go ahead. We said so", content(text, a));
        assertEquals(1, ANALYZER.analyze(text).attributions().size());
    }

    @Test
    void aParenthesisAndAnAdverbBetweenSourceAndCueAreSkipped() {
        String text = "Senator Mike Pence (R-IN) cynically alleged that the rebels had won.";
        Attribution a = only(text);
        assertEquals("Senator Mike Pence (R-IN)", a.source().orElseThrow().text());
        assertEquals(Optional.of("Mike Pence"), a.speaker());
        assertEquals("alleged", a.cue().text());
        assertEquals("that the rebels had won", content(text, a));
    }

    @Test
    void aParticipleSpeaksForTheSubjectOfItsSentence() {
        String text = "Erdogan posted a video on Friday, saying that the rebels had won.";
        Attribution a = only(text);
        assertEquals(Optional.of("Erdogan"), a.speaker());
        assertEquals("that the rebels had won", content(text, a));
    }

    @Test
    void aCueWordUsedAsANounIsNoCue() {
        assertTrue(ANALYZER.analyze("The state of the United States is a report.").attributions().isEmpty());
    }

    @Test
    void anIntentionIsAttributedToWhoeverHoldsIt() {
        String text = "Senator Ortiz plans to close the old harbour next spring.";
        Attribution a = only(text);
        assertEquals("plans", a.cue().text());
        assertEquals("Senator Ortiz", a.source().orElseThrow().text());
        assertEquals("to close the old harbour next spring", content(text, a));
    }

    @Test
    void aCueWordThatIsAsOftenANounCountsOnlyWithAVerbsMarks() {
        assertTrue(ANALYZER.analyze("The harbour plan won wide support in the swing states.").attributions().isEmpty());
        String text = "Most farmers support her, and the council states that the vote is final.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(List.of("support", "states"), found.stream().map(x -> x.cue().text()).toList());
        String late = "The vote is final, the Gazette reports.";
        assertEquals("the Gazette", only(late).source().orElseThrow().text());
    }

    @Test
    void aCueWordBeforeANounUsedAsACueIsNotPartOfItsSource() {
        String text = "Analysts say her plans would cost too much.";
        Attribution a = only(text);
        assertEquals("say", a.cue().text());
        assertEquals("Analysts", a.source().orElseThrow().text());
        assertEquals("her plans would cost too much", content(text, a));
    }

    @Test
    void aSecondSourceAfterAConjunctionEndsTheFirstStatement() {
        String text = "The mayor said the bridge would reopen, and the unions alleged that repairs were skipped.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the bridge would reopen", found.get(0).content().textOf(text));
        assertEquals("the unions", found.get(1).source().orElseThrow().text());
        assertEquals("that repairs were skipped", found.get(1).content().textOf(text));
    }

    @Test
    void aCueInARelativeClauseOfTheContentStaysPartOfIt() {
        String text = "The mayor said the bridge would help drivers who want to avoid the toll.";
        Attribution a = only(text);
        assertEquals("said", a.cue().text());
        assertEquals("the bridge would help drivers who want to avoid the toll", content(text, a));
    }

    @Test
    void whatASourceSupportsIsDescribedInTheWritersOwnWords() {
        String text = "Ortiz supports the rebels in the north.";
        ArticleReport report = ANALYZER.analyze(text);
        assertEquals(1, report.attributions().size());
        assertEquals("supports", report.attributions().get(0).cue().text());
        Term rebels = report.terms().stream().filter(t -> t.entry().category() == Category.LABEL).findFirst().orElseThrow();
        assertEquals(VoiceKind.NARRATOR, rebels.voice().kind());
        assertEquals(Optional.empty(), rebels.attribution());
    }

    @Test
    void theOccasionOfAStatementYieldsToItsVerb() {
        String text = "In an interview on Sunday, Ortiz said the harbour would stay open.";
        Attribution a = only(text);
        assertEquals("said", a.cue().text());
        assertEquals("Ortiz", a.source().orElseThrow().text());
        assertEquals("the harbour would stay open", content(text, a));
        assertEquals("in an interview", only("Ortiz was candid in an interview with the Gazette.").cue().text().toLowerCase(Locale.ROOT));
    }

    @Test
    void anImpressionWithNoSourceCoversItsWholeClause() {
        String text = "By now, closing the harbour seems the only option left.";
        Attribution a = only(text);
        assertEquals(Stance.HEDGED, a.cue().stance());
        assertTrue(a.source().isEmpty());
        assertEquals("closing the harbour seems the only option left", content(text, a));
    }

    @Test
    void aHeadlineInTitleCaseHasCapitalisedCues() {
        String text = "Harbour Will Stay Open, Mayor Ortiz Says.\n\nThe council met on Monday.";
        Attribution a = only(text);
        assertEquals("Says", a.cue().text());
        assertEquals("Mayor Ortiz", a.source().orElseThrow().text());
        assertEquals("Harbour Will Stay Open", content(text, a));
        assertTrue(ANALYZER.analyze("The harbour of the United States is open.").attributions().isEmpty());
    }

    @Test
    void aContractedPronounIsASourceNotAPossessive() {
        String text = "He\u2019s alleging that the harbour was sold.";
        Attribution a = only(text);
        assertEquals("alleging", a.cue().text());
        assertEquals("that the harbour was sold", content(text, a));
    }

    @Test
    void anInvertedCueBeforeAColonOpensAStatement() {
        String text = "The vote was close. Said Ortiz: \u201CWe will try again.\u201D";
        Attribution a = only(text);
        assertEquals("Ortiz", a.source().orElseThrow().text());
        assertEquals("\u201CWe will try again.\u201D", content(text, a));
    }

    @Test
    void aColonThatEndsAParagraphIntroducesTheNextOne() {
        String text = "Ortiz added:\n\nThe harbour will reopen in May, and the ferries will run again.\n\nThe vote was close.";
        Attribution a = only(text);
        assertEquals("added", a.cue().text());
        assertEquals("The harbour will reopen in May, and the ferries will run again", content(text, a));
    }

    @Test
    void aQuotationAttributedAfterAnIndirectStatementIsASecondStatement() {
        String text = "Ortiz said the harbour would close because \u201Cthe money is gone,\u201D she added.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the harbour would close because", found.get(0).content().textOf(text));
        assertEquals("\u201Cthe money is gone,\u201D", found.get(1).content().textOf(text));
        assertEquals(AttributionKind.DIRECT, found.get(1).kind());
    }

    @Test
    void aClauseThatOpensTheContentBelongsToIt() {
        String text = "Ortiz said after the vote he would ask for a recount.";
        Attribution a = only(text);
        assertEquals("after the vote he would ask for a recount", content(text, a));
    }

    @Test
    void aParticipleSpeaksForTheSubjectAfterAnOpeningPhrase() {
        String text = "On Monday, however, Ortiz visited the harbour, saying that the repairs were done.";
        Attribution a = only(text);
        assertEquals("Ortiz", a.source().orElseThrow().text());
        assertEquals("that the repairs were done", content(text, a));
    }

    @Test
    void aSourceAfterItsCueMayHaveInitialsAParenthesisOrAPrepositionalPhrase() {
        String quote = "\u201CThe harbour stays open,\u201D said ";
        assertEquals("Rep. A.B. Ortiz (D-Ore.)", only(quote + "Rep. A.B. Ortiz (D-Ore.), a member of the panel.").source()
                .orElseThrow().text());
        assertEquals("one source", only(quote + "one source on the panel.").source().orElseThrow().text());
    }

    @Test
    void aParenthesisBeforeAnAppositionBelongsToTheSource() {
        String text = "Rep. Ana Ortiz (D-Ore.), a member of the panel, said the harbour stays open.";
        Attribution a = only(text);
        assertEquals("Rep. Ana Ortiz (D-Ore.), a member of the panel", a.source().orElseThrow().text());
        assertEquals(Optional.of("Ana Ortiz"), a.speaker());
    }

    @Test
    void aNounOfStatementBeforeAThatClauseIsACueWithItsPossessorAsSource() {
        String text = "The council rejected Ortiz\u2019s earlier claim that the harbour was safe.";
        Attribution a = only(text);
        assertEquals("claim", a.cue().text());
        assertEquals(Stance.DISTANCING, a.cue().stance());
        assertEquals("Ortiz\u2019s", a.source().orElseThrow().text());
        assertEquals("that the harbour was safe", content(text, a));
        assertTrue(ANALYZER.analyze("The statement that was read aloud was short.").attributions().isEmpty());
        assertTrue(ANALYZER.analyze("Statements by the council were short.").attributions().isEmpty());
    }

    @Test
    void aHeadingBeforeAColonIsNoSpeaker() {
        String text = "The Latest: Ortiz urges voters to back the harbour plan.\n\nThe vote is on Monday.";
        Attribution a = only(text);
        assertEquals("urges", a.cue().text());
        assertEquals("Ortiz", a.source().orElseThrow().text());
    }

    @Test
    void aCueBeforeANounThatIsACueWordKeepsItsOwnSource() {
        String text = "Ortiz cited unflattering comments the mayor had made. Ortiz is warning voters that the harbour may close.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(List.of("cited", "is warning"), found.stream().map(x -> x.cue().text()).toList());
        assertEquals("unflattering comments the mayor had made", found.get(0).content().textOf(text));
    }

    @Test
    void aVerbOfFindingWithAStudyAsSourceReportsWithoutThat() {
        String text = "One study found the harbour would lose money.";
        Attribution a = only(text);
        assertEquals("One study", a.source().orElseThrow().text());
        assertEquals("the harbour would lose money", content(text, a));
        assertTrue(ANALYZER.analyze("The divers found the wreck near the harbour.").attributions().isEmpty());
    }

    @Test
    void aCueBeforeAContractedPronounIsNotPartOfASource() {
        String text = "The team says she\u2019ll continue the talks.";
        Attribution a = only(text);
        assertEquals("says", a.cue().text());
        assertEquals("she\u2019ll continue the talks", content(text, a));
    }

    @Test
    void aPastParticipleThatOpensASentenceIsACue() {
        String text = "Asked about the harbour, Ortiz said it would reopen.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(List.of("Asked", "said"), found.stream().map(x -> x.cue().text()).toList());
    }

    @Test
    void aCueThatOnlyLeadsUpToTheNextStatementGivesWayToIt() {
        String text = "In a letter cited Friday, Ortiz said the harbour would reopen.";
        Attribution a = only(text);
        assertEquals("said", a.cue().text());
        assertEquals("Ortiz", a.source().orElseThrow().text());
        assertEquals("the harbour would reopen", content(text, a));
    }

    @Test
    void aCueWordJoinedToAnotherNounIsANoun() {
        assertTrue(ANALYZER.analyze("Then state and local leaders met at the harbour.").attributions().isEmpty());
        assertTrue(ANALYZER.analyze("The council unveiled plans to rebuild the harbour.").attributions().isEmpty());
    }

    @Test
    void theSubjectOfAPassiveCueIsNotItsSource() {
        String text = "The mayor was accused of hiding the harbour accounts.";
        Attribution a = only(text);
        assertEquals("was accused", a.cue().text());
        assertTrue(a.source().isEmpty());
        assertEquals("Ortiz", only("The harbour was sold, Ortiz said.").source().orElseThrow().text());
    }

    @Test
    void aQuantifierThatOpensAClauseIsTheSubjectOfTheCue() {
        String text = "Many say the harbour will close.";
        Attribution a = only(text);
        assertEquals("Many", a.source().orElseThrow().text());
        assertEquals("the harbour will close", content(text, a));
    }

    @Test
    void aStudyNamedBeforeItsAuthorStillReportsAFinding() {
        String text = "A 2015 study by Ana Ortiz found the harbour lost money.";
        Attribution a = only(text);
        assertEquals("found", a.cue().text());
        assertEquals("the harbour lost money", content(text, a));
    }

    @Test
    void anAdverbialAfterTheCueLeavesTheFrontedStatementAsContent() {
        String text = "The harbour will lose money for years to come, Ortiz said in an interview.";
        Attribution a = only(text);
        assertEquals("The harbour will lose money for years to come", content(text, a));
        String opening = "On Monday, Ortiz said at the harbour that the repairs were done.";
        assertEquals("that the repairs were done", content(opening, only(opening)));
    }

    @Test
    void aSourceAfterAccordingToRunsToTheEndOfTheSentence() {
        String text = "The harbour lost money, according to an audit by the Gazette.";
        Attribution a = only(text);
        assertEquals("an audit by the Gazette", a.source().orElseThrow().text());
        assertEquals("The harbour lost money", content(text, a));
    }

    @Test
    void aNameWithInitialsOrASuffixBeforeTheCueIsTheSource() {
        String text = "Another critic, Ana B. Ortiz, likened the plan to a gamble.";
        Attribution a = only(text);
        assertEquals("Another critic, Ana B. Ortiz", a.source().orElseThrow().text());
        assertEquals("the plan to a gamble", content(text, a));
        String suffix = "Justice Tom Baker Jr. said the harbour was safe.";
        assertEquals("Justice Tom Baker Jr.", only(suffix).source().orElseThrow().text());
    }

    @Test
    void aVerbWithAPrepositionReportsItsObject() {
        String text = "The council pointed to the budget as proof.";
        Attribution a = only(text);
        assertEquals("The council", a.source().orElseThrow().text());
        assertEquals("the budget as proof", content(text, a));
    }

    @Test
    void aCueWordReadAsANounMayStandInsideAnApposition() {
        String text = "Mayors, including the United States Conference of Mayors, said the harbour should stay open.";
        Attribution a = only(text);
        assertEquals("Mayors, including the United States Conference of Mayors", a.source().orElseThrow().text());
    }

    @Test
    void anOpeningParticiplePhraseSpeaksForTheSubjectAfterIt() {
        String text = "Citing the budget, Ortiz voted against the harbour plan.";
        Attribution a = ANALYZER.analyze(text).attributions().get(0);
        assertEquals("Citing", a.cue().text());
        assertEquals("Ortiz", a.source().orElseThrow().text());
    }

    @Test
    void aSecondCueJoinedByAndSharesTheFirstSource() {
        String text = "Though she said the plan was reckless and alleged that the budget was wrong, the vote passed.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("she", found.get(1).source().orElseThrow().text());
    }

    @Test
    void twoCoordinatedStatementsOfOneSourceAreTwoAttributions() {
        String text = "Ortiz says the plan works and said that the budget was wrong.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the plan works", found.get(0).content().textOf(text));
        assertEquals("that the budget was wrong", found.get(1).content().textOf(text));
        assertEquals("Ortiz", found.get(1).source().orElseThrow().text());
    }

    @Test
    void anIndictmentAndDetailsAreNoStatements() {
        assertTrue(ANALYZER.analyze("The mayor was charged with fraud in May.").attributions().isEmpty());
        assertTrue(ANALYZER.analyze("The council kept details of the deal under wraps.").attributions().isEmpty());
    }

    @Test
    void aQuestionThatEndsAParagraphBelongsToNoSourceOfTheNext() {
        String text = "\u201CWhat is the harbour for?\u201D Ortiz asked.\n\n\u201CWho pays?\u201D\n\nThe council says the harbour will reopen.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        Attribution council = found.get(found.size() - 1);
        assertEquals("The council", council.source().orElseThrow().text());
        assertEquals("the harbour will reopen", council.content().textOf(text));
    }

    @Test
    void aSemicolonOpensAClauseForASecondSource() {
        String text = "Ortiz said the harbour would close; the unions alleged that repairs were skipped.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("the harbour would close", found.get(0).content().textOf(text));
    }

    @Test
    void aNameRightBeforeAParticipleIsItsSource() {
        String text = "The film shows footage of Ortiz saying that the harbour would close.";
        Attribution a = ANALYZER.analyze(text).attributions().get(0);
        assertEquals("saying", a.cue().text());
        assertEquals("Ortiz", a.source().orElseThrow().text());
        assertEquals("that the harbour would close", content(text, a));
    }

    @Test
    void aTimeBetweenSourceAndCueIsSkippedAndIsNoSourceAfterIt() {
        String text = "Federal prosecutors in April alleged that the harbour accounts were forged.";
        assertEquals("Federal prosecutors", only(text).source().orElseThrow().text());
        String after = "The harbour will reopen, Ana Ortiz, the mayor, said Tuesday.";
        Attribution a = only(after);
        assertEquals("Ana Ortiz, the mayor", a.source().orElseThrow().text());
        String odd = "\u201CThe veto will fail,\u201D Senate Leader Tom Baker, R-Ky., said Tuesday.";
        assertTrue(only(odd).source().isEmpty(), "a day is no source");
        assertEquals("The harbour will reopen", content(after, a));
    }

    @Test
    void aParticiplePhraseSetOffByACommaReportsNothing() {
        assertTrue(ANALYZER.analyze("The farmers, supported by the council, will vote again.").attributions().isEmpty());
    }

    @Test
    void aQuestionInQuotationMarksIsWhatTheFollowingSourceAsked() {
        String text = "\u201CWho would have guessed it?\u201D Ortiz said, smiling at the crowd.";
        Attribution a = only(text);
        assertEquals("Ortiz", a.source().orElseThrow().text());
        assertEquals("\u201CWho would have guessed it?\u201D", content(text, a));
        assertEquals(AttributionKind.DIRECT, a.kind());
        String inverted = "\u201CIs the harbour closed?\u201D asked Ortiz.";
        assertEquals("Ortiz", only(inverted).source().orElseThrow().text());
    }

    @Test
    void aDashAndANameAfterAQuotationSignIt() {
        String text = "\u201CThe harbour must stay open. We need it.\u201D \u2015 Ana M. Ruiz\n"
                + "\u201CNobody asked us.\u201D\u2015 Tom Baker.\n\nThe council met on Monday.";
        List<Attribution> found = ANALYZER.analyze(text).attributions();
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals("Ana M. Ruiz", found.get(0).source().orElseThrow().text());
        assertEquals("\u201CThe harbour must stay open. We need it.\u201D", found.get(0).content().textOf(text));
        assertEquals("\u2015", found.get(0).cue().text());
        assertEquals("Tom Baker", found.get(1).source().orElseThrow().text());
        assertEquals(AttributionKind.DIRECT, found.get(1).kind());
    }

    @Test
    void aCueWithNothingToReportGivesADiagnosticNotAnAttribution() {
        ArticleReport report = ANALYZER.analyze("They said.");
        assertTrue(report.attributions().isEmpty());
        assertTrue(report.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.CUE_WITHOUT_CONTENT));
    }

    @Test
    void unclosedAndHugeQuotationsGiveAResultNotAnException() {
        String unclosed = "Putin said: \"The rebels will be defeated and";
        Attribution a = only(unclosed);
        assertEquals(AttributionKind.DIRECT, a.kind());
        assertTrue(ANALYZER.analyze(unclosed).diagnostics().stream()
                .anyMatch(d -> d.code() == DiagnosticCode.UNCLOSED_QUOTATION));

        StringBuilder huge = new StringBuilder("Putin said: \"");
        for (int i = 0; i < 10_000; i++) {
            huge.append("The rebels attacked again, he said.\n");
        }
        huge.append("\" The talks ended.");
        ArticleReport report = ANALYZER.analyze(huge.toString());
        assertEquals(1, report.attributions().size());
        assertEquals(AttributionKind.DIRECT, report.attributions().get(0).kind());

        for (String odd : List.of("", "\"", "said \" said", ", said ,", "\u201Csaid\u201D said \u201C", "\u201D \u2015",
                "\u201Cx\u201D \u2015", "said that", "Said Ortiz:", "seems", "the claim that", "Ortiz added:",
                "Ortiz added:\n\n", "\u201CWhy?\u201D", "plans", "his claim that \u201C")) {
            ANALYZER.analyze(odd).attributions().forEach(x -> assertFalse(x.parts().isEmpty()));
        }
    }
}
