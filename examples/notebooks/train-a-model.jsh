// Train a model: a Smile classifier of the sentiment toward a target, on Slant's features, applied to the seeds.
//
// Run from the repository root with `./slant notebook train-a-model`. It needs the optional
// statistics module (slant-stats, GPL-3.0-or-later because Smile is), which ./slant puts on the
// class path:
// requires: slant-stats
//
// Slant's sentiment layer scores the sentiment toward a target with rules (VADER's, per clause).
// Here a multinomial logistic regression learns how to weigh what that layer sees, from the
// NewsMTSC training set (Hamborg and Donnay 2021: news sentences, a target, its sentiment), is
// measured on the development sets with the paper's macro-F1 beside the rule-based figures, and
// then judges how each seed outlet wrote about the actors of the event. The data is read from
// ../shared/data/newsmtsc beside the checkout and never copied; without it, the notebook says so
// and checks only what it can.

boolean ok = false;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.*;
import dev.slant.actors.*;
import dev.slant.report.*;
import dev.slant.sentiment.*;
import dev.slant.text.*;
import smile.classification.LogisticRegression;

// The features of one target in one sentence, all from one analysis of the sentence: what the
// sentiment layer concluded about the target and from which evidence, and what the sentence's
// loaded words say regardless of the target.
String[] FEATURES = {"target_score", "evidence_pos", "evidence_neg", "sum_pos", "sum_neg",
        "sentence_mean", "valenced", "sentence_min", "sentence_max"};
String[] MEANING = {"the sentiment layer's score toward the target, in [-1, 1]",
        "pieces of evidence toward the target that are positive", "... that are negative",
        "the sum of the positive contributions", "the sum of the negative contributions",
        "the mean valence of the sentence's valenced terms (0 when none)", "how many terms carry a valence",
        "the most negative term's valence", "the most positive term's valence"};
System.out.println("feature        what it measures");
for (int f = 0; f < FEATURES.length; f++) {
    System.out.println(String.format(Locale.ROOT, "%-14s %s", FEATURES[f], MEANING[f]));
}

// The analyzer of `./slant eval`: the bundled packs and the VADER-derived loaded words.
Analyzer analyzer = Slant.analyzer().lexicon("loaded-words/en").build();

record Scored(double[] features, SentimentLabel rule) {}

Scored features(String sentence, int start, int end) {
    ArticleReport report = analyzer.analyze(Article.of(sentence).withTargets(List.of(new Target(start, end))));
    TargetSentiment target = report.targets().get(0);
    double[] x = new double[FEATURES.length];
    x[0] = target.score();
    for (Evidence e : target.evidence()) {
        if (e.contribution() > 0) { x[1]++; x[3] += e.contribution(); }
        if (e.contribution() < 0) { x[2]++; x[4] += e.contribution(); }
    }
    double sum = 0, min = 0, max = 0;
    int valenced = 0;
    for (int i = 0; i < report.termCount(); i++) {
        double valence = report.termEntry(i).valence();
        if (valence != 0) { sum += valence; valenced++; min = Math.min(min, valence); max = Math.max(max, valence); }
    }
    x[5] = valenced == 0 ? 0 : sum / valenced;
    x[6] = valenced;
    x[7] = min;
    x[8] = max;
    return new Scored(x, target.label());
}

// NewsMTSC, one JSON object per line: the sentence, its targets with character offsets and a
// polarity (2 negative, 4 neutral, 6 positive). The scored target is the one whose id is the
// line's primary_gid, as in Slant's evaluation.
List<String> CLASSES = List.of("negative", "neutral", "positive");
record Example(String sentence, int start, int end, int gold, Scored scored) {}
ObjectMapper json = new ObjectMapper();
List<Example> read(Path file) throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) continue;
        JsonNode node = json.readTree(line);
        String sentence = node.get("sentence_normalized").asText();
        JsonNode target = node.get("targets").get(0);
        for (JsonNode t : node.get("targets")) {
            if (t.path("Input.gid").asText().equals(node.get("primary_gid").asText())) { target = t; break; }
        }
        int start = target.get("from").asInt(), end = target.get("to").asInt();
        int gold = (int) Math.round(target.get("polarity").asDouble()) / 2 - 1;
        examples.add(new Example(sentence, start, end, gold, features(sentence, start, end)));
    }
    return examples;
}

Path data = Path.of("../shared/data/newsmtsc");
boolean haveData = Files.isRegularFile(data.resolve("train.jsonl")) && Files.isRegularFile(data.resolve("dev-mt.jsonl")) &&
        Files.isRegularFile(data.resolve("dev-rw.jsonl"));
if (!haveData) {
    System.out.println("No NewsMTSC data at " + data + ": nothing to train on, so the training, the macro-F1 " +
            "figures and the seeds' actors are skipped (docs/evaluation.md gives the layout of the data folder).");
}
long started = System.nanoTime();
List<Example> train = haveData ? read(data.resolve("train.jsonl")) : List.of();
List<Example> devMt = haveData ? read(data.resolve("dev-mt.jsonl")) : List.of();
List<Example> devRw = haveData ? read(data.resolve("dev-rw.jsonl")) : List.of();
if (haveData) System.out.println(String.format(Locale.ROOT,
        "%nAnalysed %d training and %d + %d development targets in %.1f s", train.size(), devMt.size(),
        devRw.size(), (System.nanoTime() - started) / 1e9));

// Standardise each feature with the training set's mean and deviation, so that the penalty of the
// regression weighs the features alike.
double[] mean = new double[FEATURES.length];
double[] deviation = new double[FEATURES.length];
for (Example e : train) for (int f = 0; f < FEATURES.length; f++) mean[f] += e.scored().features()[f] / train.size();
for (Example e : train) for (int f = 0; f < FEATURES.length; f++) {
    deviation[f] += Math.pow(e.scored().features()[f] - mean[f], 2) / train.size();
}
for (int f = 0; f < FEATURES.length; f++) deviation[f] = deviation[f] > 0 ? Math.sqrt(deviation[f]) : 1;
double[] standardise(double[] x) {
    double[] z = new double[x.length];
    for (int f = 0; f < x.length; f++) z[f] = (x[f] - mean[f]) / deviation[f];
    return z;
}

// The model: Smile's multinomial logistic regression with a small L2 penalty. NewsMTSC's training
// set has more neutral targets than others; the decision divides each class's posterior by the
// class's share of the training set, so that the rarer classes are not drowned (macro-F1 weighs
// the three classes alike). Nothing here is tuned on the development sets.
System.out.println();
System.out.println("The model: multinomial logistic regression (Smile), lambda 0.01, features standardised");
double[] prior = new double[3];
for (Example e : train) prior[e.gold()] += 1.0 / train.size();
LogisticRegression model = haveData ? LogisticRegression.multinomial(
        train.stream().map(e -> standardise(e.scored().features())).toArray(double[][]::new),
        train.stream().mapToInt(Example::gold).toArray(), 0.01, 1e-6, 1000) : null;
int decide(double[] posterior) {
    int best = 0;
    for (int c = 1; c < 3; c++) if (posterior[c] / prior[c] > posterior[best] / prior[best]) best = c;
    return best;
}
int predict(double[] features) {
    double[] posterior = new double[3];
    model.predict(standardise(features), posterior);
    return decide(posterior);
}

// Macro-F1: the mean over the three classes of F1 = 2PR / (P + R), as `./slant eval` computes it.
double macroF1(int[] gold, int[] predicted) {
    double sum = 0;
    for (int c = 0; c < 3; c++) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < gold.length; i++) {
            if (predicted[i] == c && gold[i] == c) tp++;
            else if (predicted[i] == c) fp++;
            else if (gold[i] == c) fn++;
        }
        sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / 3;
}
int[] gold(List<Example> set) { return set.stream().mapToInt(Example::gold).toArray(); }
int[] byModel(List<Example> set) { return set.stream().mapToInt(e -> predict(e.scored().features())).toArray(); }
int[] byLayer(List<Example> set) { return set.stream().mapToInt(e -> e.scored().rule().ordinal()).toArray(); }
if (haveData) {
    System.out.println();
    System.out.println(String.format(Locale.ROOT, "%-44s %9s %9s %9s", "macro-F1", "train", "dev-mt", "dev-rw"));
    System.out.println(String.format(Locale.ROOT, "%-44s %9.3f %9.3f %9.3f", "sentiment layer's own label (./slant eval newsmtsc)",
            macroF1(gold(train), byLayer(train)), macroF1(gold(devMt), byLayer(devMt)), macroF1(gold(devRw), byLayer(devRw))));
    System.out.println(String.format(Locale.ROOT, "%-44s %9.3f %9.3f %9.3f", "logistic regression on the features",
            macroF1(gold(train), byModel(train)), macroF1(gold(devMt), byModel(devMt)), macroF1(gold(devRw), byModel(devRw))));
}

// The model as plain numbers: one row of weights per class (Smile keeps the last class at zero),
// with the standardisation, in a TSV that Java code can apply without Smile on the class path.
double[][] weights = haveData ? ((LogisticRegression.Multinomial) model).coefficients() : new double[0][];
if (haveData) {
    Files.createDirectories(Path.of("target"));
    StringBuilder tsv = new StringBuilder("row\t" + String.join("\t", FEATURES) + "\tintercept\n");
    tsv.append("mean\t").append(Arrays.stream(mean).mapToObj(Double::toString).collect(java.util.stream.Collectors.joining("\t"))).append("\t0\n");
    tsv.append("deviation\t").append(Arrays.stream(deviation).mapToObj(Double::toString).collect(java.util.stream.Collectors.joining("\t"))).append("\t1\n");
    for (int c = 0; c < weights.length; c++) {
        tsv.append(CLASSES.get(c)).append('\t')
                .append(Arrays.stream(weights[c]).mapToObj(Double::toString).collect(java.util.stream.Collectors.joining("\t"))).append('\n');
    }
    tsv.append("prior\t").append(Arrays.stream(prior).mapToObj(Double::toString).collect(java.util.stream.Collectors.joining("\t"))).append('\n');
    Files.writeString(Path.of("target/target-sentiment-model.tsv"), tsv.toString());
    System.out.println();
    System.out.println(String.format(Locale.ROOT, "%-14s %10s %10s   (standardised features; positive is the reference class)",
            "weights", "negative", "neutral"));
    for (int f = 0; f <= FEATURES.length; f++) {
        System.out.println(String.format(Locale.ROOT, "%-14s %+10.3f %+10.3f", f < FEATURES.length ? FEATURES[f] : "intercept",
                weights[0][f], weights[1][f]));
    }
    System.out.println("Wrote target/target-sentiment-model.tsv");
}
// Applying the plain weights: softmax of w . (z, 1), with 0 for the reference class.
int applyPlain(double[] features) {
    double[] z = standardise(features);
    double[] logits = new double[3];
    for (int c = 0; c < weights.length; c++) {
        logits[c] = weights[c][FEATURES.length];
        for (int f = 0; f < FEATURES.length; f++) logits[c] += weights[c][f] * z[f];
    }
    double top = Arrays.stream(logits).max().getAsDouble();
    double[] posterior = Arrays.stream(logits).map(l -> Math.exp(l - top)).toArray();
    double total = Arrays.stream(posterior).sum();
    for (int c = 0; c < 3; c++) posterior[c] /= total;
    return decide(posterior);
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
        List<Span> sentences = analyzer.structure(text).sentences();
        for (ActorFinding actor : analyzer.analyze(Article.of(text)).actors()) {
            if (actor.actor().type() == ActorType.PLACE || actor.actor().type() == ActorType.UNKNOWN) continue;
            for (Mention mention : actor.mentions()) {
                for (Span s : sentences) {
                    if (s.start() <= mention.span().start() && mention.span().end() <= s.end()) {
                        Scored scored = features(s.textOf(text), mention.span().start() - s.start(), mention.span().end() - s.start());
                        judged.computeIfAbsent(actor.actor().name(), a -> new TreeMap<>())
                                .computeIfAbsent(outlet, o -> new int[3])[predict(scored.features())]++;
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

// Checks: enough training data was read; on the development sets the model predicts every class
// and beats the best constant guess (always one class); and the exported plain weights decide
// exactly as Smile does on every development target.
boolean checked;
if (haveData) {
    List<Example> dev = new ArrayList<>(devMt);
    dev.addAll(devRw);
    int[] predicted = byModel(dev);
    boolean everyClass = Arrays.stream(predicted).distinct().count() == 3;
    double bestConstant = 0;
    for (int c = 0; c < 3; c++) {
        int constant = c;
        bestConstant = Math.max(bestConstant, macroF1(gold(dev), dev.stream().mapToInt(e -> constant).toArray()));
    }
    double devF1 = macroF1(gold(dev), predicted);
    boolean plainAgrees = dev.stream().allMatch(e -> applyPlain(e.scored().features()) == predict(e.scored().features()));
    System.out.println();
    System.out.println(String.format(Locale.ROOT,
            "All development targets: model macro-F1 %.3f, best constant guess %.3f; every class predicted: %s; " +
            "plain weights agree with Smile: %s", devF1, bestConstant, everyClass, plainAgrees));
    checked = train.size() >= 1000 && devMt.size() > 0 && devRw.size() > 0 && everyClass && devF1 > bestConstant &&
            plainAgrees && !judged.isEmpty();
} else {
    checked = true; // nothing to check without the data; the skip was printed above
}
ok = checked;
/exit ok ? 0 : 1
