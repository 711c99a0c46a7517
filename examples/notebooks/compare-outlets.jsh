// Compare outlets: five outlets' words for the armed groups in Idlib, the narrator's vs. quoted ones.
//
// Run from the repository root with `./slant notebook compare-outlets`. The five seed articles
// report one event (Putin and Erdogan on Idlib, August 2019). The question of DESIGN.md: which
// words did each outlet choose, in its own voice, for the same armed groups?

boolean ok = false;

import dev.slant.*;
import dev.slant.lexicon.*;
import dev.slant.report.*;
import dev.slant.voice.*;

// seeds/manifest.tsv names each file's outlet (columns: file, outlet, country, published, url,
// confidence, notes). Two outlets are not named in their text, and the manifest says so in
// parentheses; the table keeps the name before the parenthesis.
List<String> manifest = Files.readAllLines(Path.of("seeds/manifest.tsv"));
List<String> columns = List.of(manifest.get(0).split("\t", -1));
int fileColumn = columns.indexOf("file");
int outletColumn = columns.indexOf("outlet");
int dateColumn = columns.indexOf("published");

List<ArticleReport> reports = new ArrayList<>();
for (String line : manifest.subList(1, manifest.size())) {
    if (line.isBlank()) continue;
    String[] row = line.split("\t", -1);
    String text = Files.readString(Path.of("seeds", row[fileColumn]));
    reports.add(Slant.analyze(new Article(row[fileColumn], row[outletColumn], "", row[dateColumn], "", text)));
}
System.out.println("Analysed " + reports.size() + " seed articles");

// For each article, split the labels of the concept `armed-groups` by voice. The narrator's labels
// are the outlet's own framing; labels inside a quotation are the quoted speaker's, and labels in
// scare quotes or after "so-called" are words the outlet refuses to own. Mixing them would credit
// Putin's "terrorists' nests" to Reuters.
String shortName(String outlet) {
    int paren = outlet.indexOf(" (");
    return paren < 0 ? outlet : outlet.substring(0, paren);
}

record Side(int count, double valenceSum, List<String> words) {
    double mean() { return count == 0 ? Double.NaN : valenceSum / count; }
    String meanText() { return count == 0 ? "-" : String.format(Locale.ROOT, "%+.2f", mean()); }
}

Side side(ArticleReport report, String concept, Set<VoiceKind> voices) {
    int count = 0;
    double sum = 0;
    List<String> words = new ArrayList<>();
    for (Term term : report.terms()) {
        LexiconEntry entry = term.entry();
        if (entry.category() == Category.LABEL && entry.concept().orElse("").equals(concept) &&
                voices.contains(term.voice().kind())) {
            count++;
            sum += entry.valence();
            String word = term.text().replaceAll("\\s+", " ");
            if (!words.contains(word)) words.add(word);
        }
    }
    return new Side(count, sum, words);
}

// The table: per outlet, the narrator's armed-group labels (count and mean valence) against those
// only in quotations or held at a distance.
String concept = "armed-groups";
Map<String, Side> narrator = new LinkedHashMap<>();
Map<String, Side> others = new LinkedHashMap<>();
System.out.println();
System.out.println(String.format(Locale.ROOT, "%-36s | %-22s | %s", "armed-groups", "the outlet's own voice",
        "only quoted or distanced"));
System.out.println(String.format(Locale.ROOT, "%-36s | %6s %15s | %6s %9s %14s", "outlet",
        "labels", "mean valence", "quoted", "distanced", "mean valence"));
System.out.println("-".repeat(37) + "+" + "-".repeat(24) + "+" + "-".repeat(33));
for (ArticleReport report : reports) {
    String outlet = shortName(report.article().outlet());
    Side own = side(report, concept, EnumSet.of(VoiceKind.NARRATOR));
    Side quoted = side(report, concept, EnumSet.of(VoiceKind.QUOTED));
    Side distanced = side(report, concept, EnumSet.of(VoiceKind.DISTANCED));
    Side notOwn = side(report, concept, EnumSet.of(VoiceKind.QUOTED, VoiceKind.DISTANCED));
    narrator.put(outlet, own);
    others.put(outlet, notOwn);
    System.out.println(String.format(Locale.ROOT, "%-36s | %6d %15s | %6d %9d %14s", outlet,
            own.count(), own.meanText(), quoted.count(), distanced.count(), notOwn.meanText()));
}

// Every number comes with the words behind it.
System.out.println();
String wordList(Side side) { return side.count() == 0 ? "(none)" : String.join(", ", side.words()); }
narrator.forEach((outlet, own) -> {
    System.out.println(outlet);
    System.out.println("    own voice:        " + wordList(own));
    System.out.println("    quoted/distanced: " + wordList(others.get(outlet)));
});

// The framing contrast: the pro-Damascus outlets (Radio Habana Cuba, Iranian state media) call
// the armed groups "foreign-backed terrorists", "Takfiri militants" in their own voice, while
// Reuters and RFE/RL say "rebels", "fighters", "jihadists" and leave "terrorists" to the people
// they quote, or put it in scare quotes. The notebook checks that its table says so.
double proDamascus = Math.max(narrator.get("Radio Habana Cuba").mean(), narrator.get("Iranian state media").mean());
double wires = Math.min(narrator.get("Reuters wire story, as republished").mean(),
        narrator.get("Radio Free Europe/Radio Liberty").mean());
System.out.println();
System.out.println(String.format(Locale.ROOT,
        "Least negative pro-Damascus narrator: %+.2f; most negative of Reuters and RFE/RL: %+.2f", proDamascus, wires));

ok = reports.size() == 5 && narrator.size() == 5 && proDamascus < wires &&
        others.get("Radio Free Europe/Radio Liberty").words().contains("terrorists");
/exit ok ? 0 : 1
