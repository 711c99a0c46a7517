// Actors: how each outlet portrays the people, states and armed groups of the event, with the
// words behind every score.
//
// Run from the repository root with `./slant notebook actors`. Slant resolves every mention of an
// actor (names, titles, roles such as "the Turkish leader", and the labels of linked concepts such
// as "Takfiri militants" for the armed groups in Idlib) and scores the sentiment toward it from
// the words around each mention, by voice: the outlet's own sentences apart from the quotations.

boolean ok = false;

import dev.slant.*;
import dev.slant.actors.*;
import dev.slant.report.*;
import dev.slant.sentiment.*;
import dev.slant.voice.*;

// The event packs: the Syrian war's labels and its actors, after the bundled defaults.
Analyzer analyzer = Slant.analyzer().lexicon("conflict-labels/syria").actors("actors/syria-2019").build();

List<String> manifest = Files.readAllLines(Path.of("seeds/manifest.tsv"));
Map<String, String> outlets = new LinkedHashMap<>();
for (String line : manifest.subList(1, manifest.size())) {
    if (line.isBlank()) continue;
    String[] row = line.split("\t", -1);
    String outlet = row[1];
    outlets.put(row[0], outlet.contains(" (") ? outlet.substring(0, outlet.indexOf(" (")) : outlet);
}

// 1. One table: for each outlet, the sentiment toward four actors in its own voice, a score in
// [-1, 1] with its interval; "-" where the outlet never speaks of the actor itself.
List<String> actors = List.of("putin", "erdogan", "syria/government", "syria/idlib-armed-groups");
System.out.println(String.format(Locale.ROOT, "%-34s %-18s %-18s %-18s %-18s", "outlet (narrator's voice)",
        "Putin", "Erdogan", "Syrian government", "Idlib armed groups"));
Map<String, ArticleReport> reports = new LinkedHashMap<>();
Map<String, Double> armedGroups = new LinkedHashMap<>();
for (Map.Entry<String, String> seed : outlets.entrySet()) {
    String text = Files.readString(Path.of("seeds", seed.getKey()));
    ArticleReport report = analyzer.analyze(Article.of(seed.getKey(), seed.getValue(), text));
    reports.put(seed.getValue(), report);
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-34s", seed.getValue()));
    for (String id : actors) {
        Optional<SentimentEstimate> narrator = report.actors().stream().filter(a -> a.actor().id().equals(id))
                .findFirst().map(a -> a.byVoice().get(VoiceKind.NARRATOR));
        row.append(String.format(Locale.ROOT, " %-18s", narrator.map(e -> String.format(Locale.ROOT,
                "%+.2f [%+.2f,%+.2f]", e.score(), e.low(), e.high())).orElse("-")));
        if (id.equals("syria/idlib-armed-groups") && narrator.isPresent()) {
            armedGroups.put(seed.getValue(), narrator.get().score());
        }
    }
    System.out.println(row);
}

// 2. The words behind one score: the armed groups in Radio Habana Cuba's own voice. Each piece of
// evidence is a span of the text with its contribution; the labels the outlet chose for the actor
// are evidence too.
ArticleReport rhc = reports.get("Radio Habana Cuba");
ActorFinding groups = rhc.actors().stream().filter(a -> a.actor().id().equals("syria/idlib-armed-groups")).
        findFirst().orElseThrow();
System.out.println();
System.out.println("Radio Habana Cuba on " + groups.actor().name() + ": " + groups.mentions().size() + " mentions");
SentimentEstimate own = groups.byVoice().get(VoiceKind.NARRATOR);
own.evidence().stream().
        sorted(Comparator.comparingDouble(e -> e.contribution())).
        limit(8).
        forEach(e -> System.out.println(String.format(Locale.ROOT, "  %+.2f  %s %s", e.contribution(),
                e.span(), e.text().replaceAll("\\s+", " "))));
System.out.println("  labels chosen: " + groups.labels().stream().map(l -> l.text()).distinct().toList());

// The check: every piece of evidence is the text at its span, and the two state broadcasters that
// side with Damascus (Radio Habana Cuba, Iranian state media) speak of the armed groups more
// negatively in their own voice than the Reuters wire does.
boolean spansHold = reports.values().stream().allMatch(r -> r.actors().stream().
        flatMap(a -> a.sentiment().evidence().stream()).
        allMatch(e -> e.span().textOf(r.text()).equals(e.text())));
double reuters = armedGroups.getOrDefault("Reuters wire story, as republished", Double.NaN);
System.out.println();
armedGroups.forEach((outlet, score) -> System.out.println(String.format(Locale.ROOT,
        "armed groups in %s's own voice: %+.2f", outlet, score)));
ok = spansHold && armedGroups.get("Radio Habana Cuba") < reuters && armedGroups.get("Iranian state media") < reuters;
/exit ok ? 0 : 1
