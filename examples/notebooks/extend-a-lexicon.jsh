// Extend a lexicon: add a pack built in code and a pack file with an override and a removal.
//
// Run from the repository root with `./slant notebook extend-a-lexicon`. A lexicon author rarely
// starts from nothing: the bundled packs come first, and the author's packs add entries, replace
// entries (same phrase and category) and remove the ones that are noise for their corpus. This
// notebook does all three on the Iranian state media seed and shows how the matches change.

boolean ok = false;

import dev.slant.*;
import dev.slant.lexicon.*;
import dev.slant.report.*;
import dev.slant.voice.*;

String text = Files.readString(Path.of("seeds/004_76b3172b96ae87fc.txt"));
Article article = Article.of("004_76b3172b96ae87fc.txt", "Iranian state media", text);
ArticleReport before = Slant.analyze(article);

// 1. A pack built in code. The default packs are generic and name no group: "Daesh" in "the
// Daesh Takfiri terrorist group" is not matched. An entry builder takes the phrase and category,
// then the concept and label, the valence, tags and inflection.
LexiconPack inCode = LexiconPack.builder("notebook/names").version("0.1.0").license("CC0-1.0").
        add(LexiconEntry.builder("Daesh", Category.LABEL).concept("armed-groups", "daesh").valence(-0.9).
                tags(Tag.DELEGITIMISING).build()).
        add(LexiconEntry.builder("clutches", Category.LABEL).concept("strongholds", "clutches").valence(-0.8).
                tags(Tag.DEHUMANISING).inflection(Inflection.NONE).build()).
        build();
System.out.println("Built in code: " + inCode + ", from " + inCode.source());

// 2. A pack file, in the format of docs/lexicon-format.md: a header, then one entry per line with
// TAB-separated fields. It overrides the bundled "militant" (conflict-labels/en gives it -0.4) with
// a harsher valence, removes the bundled label "safe zone" (in this story the name of a planned
// zone, not a euphemism), and removes two words of the NPOV list of bias/en, "province" and
// "country", that are noise in a story about a province of a country. A removal takes the
// @category header unless it names its own category.
Path folder = Files.createTempDirectory("slant-notebook");
Path packFile = folder.resolve("my-terms.lex");
Files.writeString(packFile, """
        # My overrides for coverage of Idlib.
        @name      notebook/my-terms
        @version   0.1.0
        @language  en
        @license   CC0-1.0
        @source    Written by the extend-a-lexicon notebook
        @category  label
        @inflect   noun

        # Override: same phrase and category as the bundled entry, so this one replaces it whole.
        militant\tconcept=armed-groups\tlabel=militants\tvalence=-0.6\ttags=delegitimising
        # Removals: "-PHRASE", in the header's category or the one named.
        -safe zone
        -province\tcategory=subjective
        -country\tcategory=subjective
        """);
LexiconPack fromFile = Lexicons.read(packFile);
System.out.println("Read from " + packFile.getFileName() + ": " + fromFile + ", " + fromFile.removals().size() +
        " removals");

// Packs apply in order: the defaults, then the pack built in code, then the file.
Analyzer extended = Slant.analyzer().lexicon(inCode).lexicon(packFile).build();
ArticleReport after = extended.analyze(article);

// Before and after, by category and concept: counts of matches, and the narrator's mean valence.
String valence(ConceptScore score) {
    return score == null || score.narratorValence().isEmpty() ? "-" :
            String.format(Locale.ROOT, "%+.2f", score.narratorValence().getAsDouble());
}
int count(ConceptScore score) { return score == null ? 0 : score.counts().total(); }

System.out.println();
System.out.println(String.format(Locale.ROOT, "%-26s %7s %7s %12s %12s", "matches", "before", "after",
        "val. before", "val. after"));
for (Category category : Category.values()) {
    int b = before.scores().of(category).total();
    int a = after.scores().of(category).total();
    if (a + b > 0) System.out.println(String.format(Locale.ROOT, "%-26s %7d %7d", "category " + category.id(), b, a));
}
Set<String> concepts = new TreeSet<>(before.scores().byConcept().keySet());
concepts.addAll(after.scores().byConcept().keySet());
for (String concept : concepts) {
    ConceptScore b = before.scores().byConcept().get(concept);
    ConceptScore a = after.scores().byConcept().get(concept);
    System.out.println(String.format(Locale.ROOT, "%-26s %7d %7d %12s %12s", "label " + concept, count(b), count(a),
            valence(b), valence(a)));
}

// Which labels changed: a term is its span and category; it appears, disappears, or keeps its
// span with another entry. The entry's origin says which pack and line it comes from.
Map<String, Term> keyed(ArticleReport report) {
    Map<String, Term> map = new TreeMap<>();
    for (Term term : report.terms()) {
        if (term.entry().category() != Category.LABEL) continue;
        map.put(String.format(Locale.ROOT, "%06d-%06d %s", term.span().start(), term.span().end(),
                term.entry().category().id()), term);
    }
    return map;
}
String describe(Term term) {
    LexiconEntry entry = term.entry();
    String origin = entry.origin().line() == 0 ? entry.origin().pack() + ", in code" :
            entry.origin().pack() + ":" + entry.origin().line();
    return String.format(Locale.ROOT, "%s %+.1f (%s)", entry.concept().orElse("-"), entry.valence(), origin);
}

Map<String, Term> was = keyed(before);
Map<String, Term> now = keyed(after);
Set<String> keys = new TreeSet<>(was.keySet());
keys.addAll(now.keySet());
int added = 0, removed = 0, changed = 0;
System.out.println();
System.out.println(String.format(Locale.ROOT, "%-8s %-13s %-12s %s", "change", "span", "words", "label entry"));
for (String key : keys) {
    Term b = was.get(key);
    Term a = now.get(key);
    if (b != null && a != null && b.entry().equals(a.entry())) continue;
    Term shown = a != null ? a : b;
    String change = b == null ? "added" : a == null ? "removed" : "changed";
    if (b == null) added++; else if (a == null) removed++; else changed++;
    System.out.println(String.format(Locale.ROOT, "%-8s %-13s %-12s %s", change, shown.span(),
            shown.text().replaceAll("\\s+", " "), a == null ? describe(b) : b == null ? describe(a) :
                    describe(b) + " -> " + describe(a)));
}
System.out.println(String.format(Locale.ROOT, "%d added, %d removed, %d changed", added, removed, changed));

// A mistake in a pack file stops loading with the file, line and column, and what was expected.
Path broken = folder.resolve("broken.lex");
Files.writeString(broken, Files.readString(packFile).replace("valence=-0.6", "valance=-0.6"));
String error = "";
try {
    Lexicons.read(broken);
} catch (LexiconException e) {
    error = e.getMessage();
}
System.out.println();
System.out.println("A typo in the file: " + error.replace(folder.toString(), "<tmp>"));

Files.delete(broken);
Files.delete(packFile);
Files.delete(folder);

// The checks: the code pack's entries match, the override replaced every bundled "militant"
// label, the removals took "safe zone" and two NPOV words away, and the typo was caught.
boolean hasLabel(ArticleReport report, String phrase, String pack) {
    return report.terms().stream().anyMatch(t -> t.entry().category() == Category.LABEL &&
            t.entry().phrase().equals(phrase) && t.entry().origin().pack().equals(pack));
}
ok = hasLabel(after, "Daesh", "notebook/names") && hasLabel(after, "clutches", "notebook/names") &&
        hasLabel(before, "militant", "conflict-labels/en") && !hasLabel(after, "militant", "conflict-labels/en") &&
        hasLabel(after, "militant", "notebook/my-terms") &&
        hasLabel(before, "safe zone", "conflict-labels/en") && !hasLabel(after, "safe zone", "conflict-labels/en") &&
        after.scores().of(Category.SUBJECTIVE).total() < before.scores().of(Category.SUBJECTIVE).total() &&
        added > 0 && removed > 0 && changed > 0 && error.contains("valance");
/exit ok ? 0 : 1
