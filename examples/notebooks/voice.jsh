// Voice and attribution: who speaks each label (the outlet, a source it quotes or paraphrases, or
// the outlet at a distance), and whose statements the outlet carries, with which cues.
//
// Run from the repository root with `./slant notebook voice`. The same word means different things
// in different voices: "terrorists" in the outlet's own sentence is the outlet's framing; inside
// Putin's quoted sentence it is Putin's; in the outlet's paraphrase of what Putin said it is the
// outlet's wording of Putin's claim; in scare quotes, or after "so-called", it is a word the outlet
// holds at a distance. Every voice comes with the span that decides it, and every quoted or
// reported label with its speaker.

boolean ok = false;

import dev.slant.*;
import dev.slant.attribution.*;
import dev.slant.lexicon.*;
import dev.slant.report.*;
import dev.slant.text.*;
import dev.slant.voice.*;

// What decides a voice, as characters of the text: the quotation (with its marks) for a quoted
// term or a term in scare quotes, the distancing marker for a term after one. Long spans are cut
// in the middle.
String shorten(String s, int max) {
    s = s.replaceAll("\\s+", " ");
    return s.length() <= max ? s : s.substring(0, max / 2 - 2) + " .. " + s.substring(s.length() - (max / 2 - 2));
}

String behind(Term term, String text) {
    Voice voice = term.voice();
    String who = term.speaker().or(() -> term.attribution().flatMap(Attribution::source).map(Source::text))
            .map(s -> s.replaceAll("\\s+", " ")).orElse("a source not named");
    String speaker = term.attribution().isPresent() ? " (" + who + ")" : "";
    if (voice.kind() == VoiceKind.REPORTED) return "said by " + who;
    if (voice.marker().isPresent()) return "marker " + voice.marker().get() + " " + voice.marker().get().textOf(text);
    if (voice.quote().isEmpty()) return "-";
    Span quote = voice.quote().get();
    String kind = voice.kind() == VoiceKind.QUOTED ? "quotation " : "scare quotes ";
    return kind + quote + " " + shorten(quote.textOf(text), 48) + speaker;
}

String header = String.format(Locale.ROOT, "%-22s %-16s %-10s %s", "label", "concept", "voice",
        "what decides it");

int printLabels(ArticleReport report, java.util.function.Predicate<Term> which) {
    int printed = 0;
    for (Term term : report.terms()) {
        if (term.entry().category() != Category.LABEL || !which.test(term)) continue;
        System.out.println(String.format(Locale.ROOT, "%-22s %-16s %-10s %s", shorten(term.text(), 22),
                term.entry().concept().orElse("-"), term.voice().kind().id(), behind(term, report.text())));
        printed++;
    }
    return printed;
}

// 1. Sentences made up for the purpose. A quotation with a reporting verb near it ("the minister
// said") is a quoted voice. A short quotation (up to 4 words) with no such cue is scare quotes.
// A marker such as "so-called" or "alleged" distances the next few words (3 by default).
List<String> sentences = List.of(
        "The army attacked the rebels near the town.",
        "\"We will destroy the terrorists,\" the minister said.",
        "The government shelled what it called \"terrorists\" in the so-called safe zone.",
        "Officials said the alleged militants had been \"neutralized\" overnight.",
        "President Putin said the rebels had attacked a Russian base.");

Map<VoiceKind, Integer> seen = new EnumMap<>(VoiceKind.class);
for (String sentence : sentences) {
    ArticleReport report = Slant.analyze(sentence);
    System.out.println();
    System.out.println(sentence);
    System.out.println(header);
    printLabels(report, t -> true);
    report.terms().forEach(t -> seen.merge(t.voice().kind(), 1, Integer::sum));
}

// 2. Seed 003, RFE/RL on Putin and Erdogan's talks. The outlet's own words for the armed groups
// are "rebel groups" and "the last rebel stronghold"; "terrorists" appears only in Putin's quoted
// words ("terrorists' nests") or in scare quotes (rooting out "terrorists"). These are its labels
// for the armed groups and their strongholds, and every label it does not speak itself.
String text = Files.readString(Path.of("seeds/003_ee63aafd8d45b27d.txt"));
ArticleReport rferl = Slant.analyze(Article.of("003_ee63aafd8d45b27d.txt", "RFE/RL", text));
System.out.println();
System.out.println("Seed 003, RFE/RL");
System.out.println(header);
Set<String> armed = Set.of("armed-groups", "strongholds");
int rows = printLabels(rferl, t -> t.voice().kind() != VoiceKind.NARRATOR ||
        armed.contains(t.entry().concept().orElse("")));

VoiceCounts labels = rferl.scores().of(Category.LABEL);
System.out.println(String.format(Locale.ROOT, "%d labels in all: %d narrator, %d reported, %d quoted, %d distanced",
        labels.total(), labels.narrator(), labels.reported(), labels.quoted(), labels.distanced()));

// 3. Whose statements does an outlet carry, and how does it introduce them? Seed 004 (Iranian
// state media) gives Erdogan's claim with the distancing "alleged" and hedges the crisis with
// "purportedly"; Peskov and Lavrov are quoted or paraphrased with plain or endorsing cues.
String presstv = Files.readString(Path.of("seeds/004_76b3172b96ae87fc.txt"));
AttributionTable said = Slant.analyze(presstv).attributionTable();
System.out.println();
System.out.println("Seed 004: who is given a say");
System.out.println(String.format(Locale.ROOT, "%-24s %10s %8s %10s %10s %7s %8s", "speaker", "statements", "neutral",
        "endorsing", "distancing", "hedged", "emotive"));
for (AttributionTable.SpeakerStats s : said.speakerStats()) {
    System.out.println(String.format(Locale.ROOT, "%-24s %10d %8d %10d %10d %7d %8d",
            shorten(s.speaker().orElse("(no source)"), 24), s.statements(), s.count(Stance.NEUTRAL),
            s.count(Stance.ENDORSING), s.count(Stance.DISTANCING), s.count(Stance.HEDGED), s.count(Stance.EMOTIVE)));
}
System.out.println(String.format(Locale.ROOT, "speaker unknown in %.0f%% of %d attributions",
        100 * said.unknownSpeakerShare(), said.size()));
boolean alleged = said.list().stream().anyMatch(a -> a.cue().text().equals("alleged")
        && a.cue().stance() == Stance.DISTANCING && a.speaker().orElse("").endsWith("Erdogan"));

// The check: no "terror..." word of RFE/RL is in the outlet's own voice, the made-up sentences
// showed all four voices, and Erdogan's claim is introduced with a distancing cue.
List<Term> terror = rferl.terms().stream().
        filter(t -> t.text().toLowerCase(Locale.ROOT).startsWith("terror")).toList();
System.out.println(String.format(Locale.ROOT, "\"terror...\" words in RFE/RL: %d, in the narrator's voice: %d",
        terror.size(), terror.stream().filter(t -> t.voice().kind() == VoiceKind.NARRATOR).count()));

ok = seen.size() == VoiceKind.values().length && alleged && rows > 0 && !terror.isEmpty() &&
        terror.stream().noneMatch(t -> t.voice().kind() == VoiceKind.NARRATOR);
/exit ok ? 0 : 1
