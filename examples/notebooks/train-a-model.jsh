// Train a model: a Smile classifier of the sentiment toward a target, on Slant's features, applied to the seeds.
//
// Run from the repository root with `./slant notebook train-a-model`. It needs the optional
// statistics module (slant-stats, GPL-3.0-or-later because Smile is), which ./slant puts on the
// class path:
// requires: slant-stats
//
// Slant's sentiment layer scores the sentiment toward a target with rules (VADER's, per clause).
// Here a multinomial logistic regression learns how to weigh what that layer sees, from the
// NewsMTSC training set (Hamborg and Donnay 2021: news sentences, a target, its sentiment). The
// model is a plain file of numbers that core applies without Smile (TargetModel), the same kind
// of file as the model the lexicons module ships. The evaluation harness scores it on the
// development sets beside the rules, and then it judges how each seed outlet wrote about the
// actors of the event. The data is read from ../shared/data/newsmtsc beside the checkout and
// never copied; without it, the notebook says so and checks only what it can.

boolean ok = false;

import dev.slant.*;
import dev.slant.actors.*;
import dev.slant.eval.*;
import dev.slant.sentiment.*;
import dev.slant.stats.TargetModelTraining;
import dev.slant.text.*;

// The features of one target, all from one analysis of its text (core's TargetFeatures): what the
// rules concluded about the target and from which evidence, and what the valence words of its
// sentence say regardless of the target.
System.out.println("feature        what it measures");
for (int f = 0; f < TargetFeatures.NAMES.size(); f++) {
    System.out.println(String.format(Locale.ROOT, "%-14s %s", TargetFeatures.NAMES.get(f),
            TargetFeatures.MEANINGS.get(f)));
}

// The analyzer of `./slant eval`: the bundled packs and the VADER-derived loaded words.
Analyzer rules = Datasets.standardAnalyzer();
SentimentScorer scorer = rules.actors().scorer();

Path data = Path.of("../shared/data/newsmtsc");
boolean haveData = Files.isRegularFile(data.resolve("train.jsonl")) && Files.isRegularFile(data.resolve("dev-mt.jsonl")) &&
        Files.isRegularFile(data.resolve("dev-rw.jsonl"));
if (!haveData) {
    System.out.println("No NewsMTSC data at " + data + ": nothing to train on, so the training, the macro-F1 " +
            "figures and the seeds' actors are skipped (docs/evaluation.md gives the layout of the data folder).");
}

// NewsMTSC's training targets, read by the harness's reader, and their features.
List<NewsMtscDataset.Target> train = haveData ? NewsMtscDataset.read(data.resolve("train.jsonl")) : List.of();
double[][] features = train.stream().map(t -> TargetFeatures.of(scorer, t.text(), t.start(), t.end())).
        toArray(double[][]::new);
int[] gold = train.stream().mapToInt(t -> t.gold().ordinal()).toArray();

// The model: Smile's multinomial logistic regression on the standardised features with a small L2
// penalty; NewsMTSC has more neutral targets than others, so each class's probability is divided
// by its share of the training set (macro-F1 weighs the three classes alike). Nothing is tuned on
// the development sets. The training is TargetModelTraining's, the class that also writes the
// bundled model.
System.out.println();
System.out.println("The model: multinomial logistic regression (Smile), lambda " + TargetModelTraining.LAMBDA
        + ", features standardised, on " + train.size() + " training targets");
TargetModel model = haveData ? TargetModelTraining.train(features, gold, "notebook") : null;
if (haveData) {
    System.out.println();
    System.out.println("The model as the plain file core reads (positive is the reference class):");
    System.out.print(model.format(List.of()));
}

// The harness scores the rules and the model alike: the analyzer labels each target with the
// model, from the rules' features, and keeps the rules' evidence.
Analyzer learned = haveData ? Slant.analyzer().lexicon(Datasets.LOADED_WORDS).targetModel(model).build() : null;
List<Evaluation> evaluations = haveData ? List.of(
        new NewsMtscDataset(new SlantSentiment(rules)).evaluate(data, PredictionSink.none()),
        new NewsMtscDataset(new SlantSentiment(learned)).evaluate(data, PredictionSink.none())) : List.of();
if (haveData) {
    System.out.println();
    System.out.println("The rules, then the model, on the development sets:");
    System.out.print(EvaluationTable.format(evaluations));
}

// The seeds: every mention of an actor, in its sentence, judged by the model as NewsMTSC's targets
// were (the sentence alone, the mention as the target). Per outlet, how its sentences treat the
// actors that at least three outlets mention; places and unknown names are left out.
Map<String, Map<String, int[]>> judged = new TreeMap<>(); // actor -> outlet -> counts per class
if (haveData) {
    List<String> manifest = Files.readAllLines(Path.of("seeds/manifest.tsv"));
    for (String line : manifest.subList(1, manifest.size())) {
        if (line.isBlank()) continue;
        String[] row = line.split("\t", -1);
        String outlet = row[1].contains(" (") ? row[1].substring(0, row[1].indexOf(" (")) : row[1];
        String text = Files.readString(Path.of("seeds", row[0]));
        List<Span> sentences = rules.structure(text).sentences();
        for (ActorFinding actor : rules.analyze(Article.of(text)).actors()) {
            if (actor.actor().type() == ActorType.PLACE || actor.actor().type() == ActorType.UNKNOWN) continue;
            for (Mention mention : actor.mentions()) {
                for (Span s : sentences) {
                    if (s.start() <= mention.span().start() && mention.span().end() <= s.end()) {
                        Target target = new Target(mention.span().start() - s.start(), mention.span().end() - s.start());
                        TargetSentiment verdict = learned.analyze(Article.of(s.textOf(text)).withTargets(List.of(target)))
                                .targets().get(0);
                        judged.computeIfAbsent(actor.actor().name(), a -> new TreeMap<>())
                                .computeIfAbsent(outlet, o -> new int[3])[verdict.label().ordinal()]++;
                    }
                }
            }
        }
    }
    System.out.println();
    System.out.println(String.format(Locale.ROOT, "%-24s %-36s %9s %9s %9s", "actor (3+ outlets)", "outlet", "negative",
            "neutral", "positive"));
    judged.forEach((actor, outlets) -> {
        if (outlets.size() < 3) return;
        outlets.forEach((outlet, counts) -> System.out.println(String.format(Locale.ROOT, "%-24s %-36s %9d %9d %9d",
                actor, outlet, counts[0], counts[1], counts[2])));
    });
}

// Checks: enough training data was read; on both development sets the model predicts every class
// and its macro-F1 beats the best constant guess (always one class, at most 1/3 x 2P/(1+P) < 0.34);
// and the seeds' actors were judged.
boolean predictsEveryClass(ConfusionMatrix m) {
    return m.labels().stream().allMatch(p -> m.labels().stream().mapToLong(g -> m.count(g, p)).sum() > 0);
}
boolean checked;
if (haveData) {
    Evaluation byModel = evaluations.get(1);
    boolean everyClass = byModel.confusions().stream().allMatch(m -> predictsEveryClass(m));
    double devMt = byModel.value("dev-mt.macro_f1");
    double devRw = byModel.value("dev-rw.macro_f1");
    System.out.println();
    System.out.println(String.format(Locale.ROOT,
            "Model macro-F1: dev-mt %.3f, dev-rw %.3f; every class predicted: %s", devMt, devRw, everyClass));
    checked = train.size() >= 1000 && everyClass && devMt > 0.34 && devRw > 0.34 && !judged.isEmpty();
} else {
    checked = true; // nothing to check without the data; the skip was printed above
}
ok = checked;
/exit ok ? 0 : 1
