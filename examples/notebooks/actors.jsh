// Actors: how each outlet portrays Putin, Erdogan, the Syrian army and the armed groups in Idlib.
//
// Run from the repository root with `./slant notebook actors`. The analyzer gets the Syrian war
// packs (labels and actors); each report then names the article's actors, with the sentiment
// toward each in the outlet's own voice and in the voices it quotes, a 95% interval, and the words
// behind every score.

boolean ok = false;

import dev.slant.*;
import dev.slant.actors.*;
import dev.slant.report.*;
import dev.slant.sentiment.*;
import dev.slant.voice.*;

Analyzer analyzer = Slant.analyzer().lexicon("conflict-labels/syria").actors("actors/syria-2019").build();

List<String> manifest = Files.readAllLines(Path.of("seeds/manifest.tsv"));
Map<String, ArticleReport> reports = new LinkedHashMap<>();
for (String line : manifest.subList(1, manifest.size())) {
    if (line.isBlank()) continue;
    String[] row = line.split("\t", -1);
    String outlet = row[1].contains(" (") ? row[1].substring(0, row[1].indexOf(" (")) : row[1];
    reports.put(outlet, analyzer.analyze(Article.of(row[0], outlet, Files.readString(Path.of("seeds", row[0])))));
}

// One cell: the score in a voice with its interval, or a dash when that voice says nothing of the actor.
String cell(ActorFinding actor, VoiceKind voice) {
    SentimentEstimate e = actor == null ? null : actor.byVoice().get(voice);
    return e == null ? "-" : String.format(Locale.ROOT, "%+.2f [%+.2f,%+.2f]", e.score(), e.low(), e.high());
}

ActorFinding find(ArticleReport report, String id) {
    return report.actors().stream().filter(a -> a.actor().id().equals(id)).findFirst().orElse(null);
}

List<String> ids = List.of("putin", "erdogan", "syria/army", "syria/idlib-armed-groups");
System.out.println(String.format(Locale.ROOT, "%-36s %-32s %-24s %-24s", "outlet", "actor", "narrator", "quoted"));
for (Map.Entry<String, ArticleReport> entry : reports.entrySet()) {
    for (String id : ids) {
        ActorFinding actor = find(entry.getValue(), id);
        if (actor == null) continue;
        System.out.println(String.format(Locale.ROOT, "%-36s %-32s %-24s %-24s", entry.getKey(), actor.actor().name(),
                cell(actor, VoiceKind.NARRATOR), cell(actor, VoiceKind.QUOTED)));
    }
}

// The words behind one score: Radio Habana Cuba's own voice on the armed groups in Idlib, the
// strongest first. Every word is a span of the article, with what it added.
ActorFinding groups = find(reports.get("Radio Habana Cuba"), "syria/idlib-armed-groups");
System.out.println();
System.out.println("Radio Habana Cuba, narrator, the armed groups in Idlib: the strongest words");
List<Evidence> strongest = groups.byVoice().get(VoiceKind.NARRATOR).evidence().stream().
        sorted(Comparator.comparingDouble((Evidence e) -> e.contribution())).limit(6).toList();
for (Evidence e : strongest) {
    System.out.println(String.format(Locale.ROOT, "  %-28s %+.2f  at %s", "\"" + e.text() + "\"", e.contribution(),
            e.span()));
}

// The check: the outlet's own voice is negative toward the armed groups, with an interval below zero.
ok = groups.byVoice().get(VoiceKind.NARRATOR).high() < 0;
/exit ok ? 0 : 1
