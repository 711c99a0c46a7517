// Quick start: analyse one seed article with the default lexicons, list its labels, score it.
//
// Run from the repository root with `./slant notebook quickstart`. The notebook keeps a flag
// `ok` that only its last step sets, after checking what it found, so that `/exit ok ? 0 : 1`
// fails the run when any step before it went wrong.

boolean ok = false;

import dev.slant.*;
import dev.slant.lexicon.*;
import dev.slant.report.*;
import dev.slant.voice.*;

// The seed is Radio Habana Cuba's report of Putin and Macron's talks on Idlib (20 August 2019).
// `Slant.analyze` uses the default packs (bias/en, conflict-labels/en, distancing/en), built once
// on first use; an `Article` carries the outlet, which the report keeps beside the text.
String text = Files.readString(Path.of("seeds/001_289c97c6adab94b1.txt"));
ArticleReport report = Slant.analyze(Article.of("001_289c97c6adab94b1.txt", "Radio Habana Cuba", text));
System.out.println(report.article().outlet() + ": " + report.tokens() + " words, " + report.sentences()
        + " sentences, " + report.termCount() + " terms");

// Every term is a span of the original text matched by a lexicon entry. Labels (category
// `label`) name a concept: the armed groups, the government, the army... Each carries the
// entry's valence (-1 most negative, +1 most positive) and its voice: the outlet's own
// (narrator), a source it quotes (quoted), or words it holds at a distance (distanced).
String oneLine(String s) { return s.replaceAll("\\s+", " "); }

System.out.println();
System.out.println(String.format(Locale.ROOT, "%-12s %-30s %-16s %-26s %7s  %s",
        "span", "words", "concept", "label", "valence", "voice"));
int labels = 0;
for (Term term : report.terms()) {
    LexiconEntry entry = term.entry();
    if (entry.category() != Category.LABEL) continue;
    System.out.println(String.format(Locale.ROOT, "%-12s %-30s %-16s %-26s %+7.2f  %s",
            term.span(), oneLine(term.text()), entry.concept().orElse("-"), entry.label(), entry.valence(),
            term.voice().kind().id()));
    labels++;
}

// The scores count the labels of each concept by voice, with a rate per 1,000 words so that long
// and short articles compare, and the mean valence of the labels the narrator chose. Labels inside
// quotations are the quoted speaker's framing, not the outlet's, so they stay out of that mean.
System.out.println();
System.out.println(String.format(Locale.ROOT, "%-16s %8s %6s %9s %10s %14s",
        "concept", "narrator", "quoted", "distanced", "narr/1000w", "narr. valence"));
Map<String, ConceptScore> byConcept = report.scores().byConcept();
byConcept.forEach((concept, score) -> {
    VoiceCounts counts = score.counts();
    System.out.println(String.format(Locale.ROOT, "%-16s %8d %6d %9d %10.1f %14s", concept,
            counts.narrator(), counts.quoted(), counts.distanced(),
            counts.per1000(VoiceKind.NARRATOR, report.tokens()),
            score.narratorValence().isPresent()
                    ? String.format(Locale.ROOT, "%+.2f", score.narratorValence().getAsDouble()) : "-"));
});

// What this article shows: the outlet itself calls the armed groups in Idlib "foreign-backed
// terrorists" and "Takfiri militants", so its own mean valence for the concept is strongly negative.
double armedGroups = byConcept.get("armed-groups").narratorValence().getAsDouble();
System.out.println();
System.out.println(String.format(Locale.ROOT, "armed-groups in the narrator's voice: mean valence %+.2f", armedGroups));

// (In a notebook, break a long expression after an operator, never before one: jshell runs a
// line as soon as it is a complete statement.)
ok = labels == report.scores().of(Category.LABEL).total() && armedGroups < -0.5 &&
        report.terms().stream().anyMatch(t -> t.text().equals("foreign-backed terrorists") &&
                t.voice().kind() == VoiceKind.NARRATOR);
/exit ok ? 0 : 1
