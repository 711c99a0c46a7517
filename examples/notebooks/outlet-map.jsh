// A map of outlets: the five seed outlets placed by their framing, clustered, and tested (Smile, PNG).
//
// Run from the repository root with `./slant notebook outlet-map`. It needs the optional statistics
// module (slant-stats, GPL-3.0-or-later because Smile is), which ./slant puts on the class path:
// requires: slant-stats
//
// compare-outlets showed the labels each outlet chose for the armed groups. Here every concept
// counts: each outlet becomes a framing vector (the shares of each concept's labels in its own
// voice, concept after concept), and the question is which outlets frame the event alike.

boolean ok = false;

import dev.slant.*;
import dev.slant.compare.*;
import dev.slant.report.*;
import dev.slant.stats.*;
import dev.slant.voice.*;
import javax.imageio.ImageIO;

// seeds/manifest.tsv names each file's outlet (columns: file, outlet, country, published, url, ...).
List<String> manifest = Files.readAllLines(Path.of("seeds/manifest.tsv"));
List<String> columns = List.of(manifest.get(0).split("\t", -1));
int fileColumn = columns.indexOf("file");
int outletColumn = columns.indexOf("outlet");
int dateColumn = columns.indexOf("published");

// The comparison of dev.slant.compare: counts per outlet, concept, voice and label.
ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
for (String line : manifest.subList(1, manifest.size())) {
    if (line.isBlank()) continue;
    String[] row = line.split("\t", -1);
    String text = Files.readString(Path.of("seeds", row[fileColumn]));
    accumulator.add(Slant.analyze(new Article(row[fileColumn], row[outletColumn], "", row[dateColumn], "", text)));
}
Comparison comparison = accumulator.result();
System.out.println("Compared " + comparison.articles() + " articles from " + comparison.outlets().size() + " outlets");

// Framing vectors in the narrator's voice. Only concepts that two or more outlets named count; a
// concept an outlet never named gets the pooled shares, so silence is neither near nor far.
LabelTables tables = LabelTables.of(comparison, VoiceKind.NARRATOR);
FramingVectors vectors = FramingVectors.of(tables);
System.out.println(vectors.dimensions().size() + " label shares of " + vectors.concepts().size()
        + " concepts: " + String.join(", ", vectors.concepts()));
for (int i = 0; i < vectors.outlets().size(); i++) {
    System.out.println(String.format(Locale.ROOT, "  %-55s names %d of them itself", vectors.outlets().get(i),
            vectors.conceptsNamed(i)));
}

// How far apart the outlets frame the event: the Jensen-Shannon distance of their vectors, the root
// of the mean per-concept divergence that the comparison reports. 0 is the same framing, 1 none shared.
double[][] distances = vectors.distances();
System.out.println();
System.out.print(StatsText.distances(vectors.outlets(), distances));

// The map: PCA of the vectors and classical MDS of the distances, side by side in one PNG.
Files.createDirectories(Path.of("target"));
OutletMap map = OutletMap.of(vectors);
map.writePng(Path.of("target/outlet-map.png"), 1400, 650);
System.out.println();
System.out.print(StatsText.coordinates(map));

// The clustering: average linkage on the same distances, drawn as a dendrogram.
OutletClusters clusters = OutletClusters.of(vectors);
clusters.writePng(Path.of("target/outlet-clusters.png"), 1000, 600);
System.out.println();
System.out.println("Clusters (average linkage, merge heights in Jensen-Shannon distance):");
System.out.print(clusters.text());

// Which concepts do the outlets label differently beyond chance? Chi-square tests of each concept's
// outlet-by-label table, with a permutation p-value because five articles make small tables.
List<LabelIndependence.Result> tests = new LabelIndependence().test(tables);
System.out.println();
System.out.print(StatsText.chiSquare(tests));
System.out.println("Wrote target/outlet-map.png and target/outlet-clusters.png");

// What the numbers say about the two pro-Damascus state broadcasters, computed, not assumed.
String find(String prefix) {
    return vectors.outlets().stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow();
}
double distance(String a, String b) {
    return distances[vectors.outlets().indexOf(find(a))][vectors.outlets().indexOf(find(b))];
}
double cubaIran = distance("Radio Habana Cuba", "Iranian");
double cubaRferl = distance("Radio Habana Cuba", "Radio Free Europe");
double iranRferl = distance("Iranian", "Radio Free Europe");
System.out.println();
System.out.println(String.format(Locale.ROOT,
        "Radio Habana Cuba - Iranian state media %.3f; Radio Habana Cuba - RFE/RL %.3f; Iranian state media - RFE/RL %.3f",
        cubaIran, cubaRferl, iranRferl));
System.out.println(cubaIran < Math.min(cubaRferl, iranRferl)
        ? "The two lie nearer each other than either lies to RFE/RL, by " + String.format(Locale.ROOT, "%.3f",
                Math.min(cubaRferl, iranRferl) - cubaIran)
        : "The two do not lie nearer each other than either lies to RFE/RL");
int[] closest = {0, 1};
for (int i = 0; i < distances.length; i++) {
    for (int j = i + 1; j < distances.length; j++) {
        if (distances[i][j] < distances[closest[0]][closest[1]]) closest = new int[] {i, j};
    }
}
System.out.println("The closest pair: " + vectors.outlets().get(closest[0]) + " and " + vectors.outlets().get(closest[1]));

// Checks of properties the computation must have, whatever the lexicons find:
// - a projection never stretches: two outlets are no farther apart on the PCA map than their vectors;
double[][] v = vectors.vectors();
double[][] pca = map.pca();
double euclidean(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) sum += (a[k] - b[k]) * (a[k] - b[k]);
    return Math.sqrt(sum);
}
boolean contracts = true;
for (int i = 0; i < v.length; i++) {
    for (int j = 0; j < v.length; j++) {
        contracts &= euclidean(pca[i], pca[j]) <= euclidean(v[i], v[j]) + 1e-9;
    }
}
// - average linkage merges the closest pair first, at their distance;
int[] first = clusters.merges()[0];
boolean closestFirst = Set.of(first[0], first[1]).equals(Set.of(closest[0], closest[1])) &&
        Math.abs(clusters.heights()[0] - distances[closest[0]][closest[1]]) < 1e-6;
// - every test has (rows - 1)(columns - 1) degrees of freedom and p-values in [0, 1];
boolean testsWellFormed = !tests.isEmpty() && tests.stream().allMatch(t ->
        t.degreesOfFreedom() == (t.table().outlets().size() - 1) * (t.table().labels().size() - 1) &&
        t.pValue() >= 0 && t.pValue() <= 1 && t.permutationPValue().orElse(-1.0) > 0);
// - the PNG files are there, at the size asked for.
java.awt.image.BufferedImage mapImage = ImageIO.read(new File("target/outlet-map.png"));
java.awt.image.BufferedImage treeImage = ImageIO.read(new File("target/outlet-clusters.png"));
boolean images = mapImage.getWidth() == 1400 && mapImage.getHeight() == 650 && treeImage.getWidth() == 1000;
System.out.println("PCA never stretches: " + contracts + "; closest pair merged first: " + closestFirst
        + "; tests well formed: " + testsWellFormed + "; images written: " + images);

ok = comparison.outlets().size() == 5 && vectors.concepts().size() >= 2 && contracts && closestFirst &&
        testsWellFormed && images;
/exit ok ? 0 : 1
