package dev.slant.stats;

import dev.slant.internal.EnumIds;
import dev.slant.voice.VoiceKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the statistics, apart from {@code ./slant} because this module is GPL and
 * the command line is Apache-2.0. It reads the {@code comparison.json} that {@code ./slant compare}
 * wrote and writes the map of outlets, their clustering and the chi-square tests:
 *
 * <pre>
 * ./slant compare seeds --out target/seeds-report
 * mvn -q -pl stats -am package -DskipTests
 * java -cp "stats/target/classes:$(cat stats/target/classpath.txt)" \
 *     dev.slant.stats.StatsMain target/seeds-report --out target/seeds-stats
 * </pre>
 *
 * <p>Exit status: 0 when everything was written; 2 on bad usage, an unreadable comparison or an
 * output folder that cannot be written.
 */
public final class StatsMain {
    /** The size of the map, two panels side by side. */
    static final int MAP_WIDTH = 1400;
    static final int MAP_HEIGHT = 650;
    /** The size of the dendrogram. */
    static final int DENDROGRAM_WIDTH = 1000;
    static final int DENDROGRAM_HEIGHT = 600;

    private static final String USAGE = String.join("\n",
            "Usage: StatsMain COMPARISON [--out DIR] [--voice VOICE]",
            "  COMPARISON     a comparison.json written by ./slant compare, or the folder holding it",
            "  --out DIR      where to write outlet-map.png, outlet-clusters.png and statistics.txt (default: slant-stats)",
            "  --voice VOICE  whose labels: narrator (default), reported, quoted or distanced");

    private StatsMain() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the arguments, as in the usage above
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     * @param out where the tables go
     * @param err where problems go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // plots are drawn into images, never on a screen
        }
        Path input = null;
        Path folder = Path.of("slant-stats");
        VoiceKind voice = VoiceKind.NARRATOR;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if ((arg.equals("--out") || arg.equals("--voice")) && i + 1 < args.length) {
                String value = args[++i];
                if (arg.equals("--out")) {
                    folder = Path.of(value);
                } else {
                    Optional<VoiceKind> named = EnumIds.find(VoiceKind.values(), VoiceKind::id, value);
                    if (named.isEmpty()) {
                        err.println("StatsMain: unknown voice '" + value + "'; expected one of "
                                + EnumIds.join(VoiceKind.values(), VoiceKind::id));
                        return 2;
                    }
                    voice = named.get();
                }
            } else if (input == null && !arg.startsWith("-")) {
                input = Path.of(arg);
            } else {
                err.println("StatsMain: unexpected argument '" + arg + "'");
                err.println(USAGE);
                return 2;
            }
        }
        if (input == null) {
            err.println(USAGE);
            return 2;
        }
        Path file = Files.isDirectory(input) ? input.resolve("comparison.json") : input;
        try {
            LabelTables tables = ComparisonJsonReader.read(file, voice);
            Files.createDirectories(folder);
            String report = write(tables, folder);
            Files.writeString(folder.resolve("statistics.txt"), report, StandardCharsets.UTF_8);
            out.print(report);
            out.println();
            out.println("Wrote " + folder.resolve("outlet-map.png") + ", outlet-clusters.png and statistics.txt");
            return 0;
        } catch (IOException e) {
            err.println("StatsMain: cannot read " + file + " or write to " + folder + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("StatsMain: " + e.getMessage());
            return 2;
        }
    }

    /** Computes everything, writes the images, and returns the tables as text. */
    private static String write(LabelTables tables, Path folder) throws IOException {
        FramingVectors vectors = FramingVectors.of(tables);
        StringBuilder text = new StringBuilder();
        text.append("Framing vectors (").append(tables.voice().id()).append(" voice): ")
                .append(vectors.dimensions().size()).append(" label shares of ").append(vectors.concepts().size())
                .append(" concepts named by at least ").append(FramingVectors.MIN_OUTLETS).append(" outlets: ")
                .append(String.join(", ", vectors.concepts())).append("\n\n");
        text.append(StatsText.distances(vectors.outlets(), vectors.distances())).append('\n');
        if (vectors.outlets().size() >= 3) {
            OutletMap map = OutletMap.of(vectors);
            map.writePng(folder.resolve("outlet-map.png"), MAP_WIDTH, MAP_HEIGHT);
            text.append(StatsText.coordinates(map)).append('\n');
        } else {
            text.append("(no map: it needs at least 3 outlets)\n\n");
        }
        if (vectors.outlets().size() >= 2) {
            OutletClusters clusters = OutletClusters.of(vectors);
            clusters.writePng(folder.resolve("outlet-clusters.png"), DENDROGRAM_WIDTH, DENDROGRAM_HEIGHT);
            text.append("Clusters (average linkage, merge heights in Jensen-Shannon distance):\n")
                    .append(clusters.text()).append('\n');
        }
        List<LabelIndependence.Result> tests = new LabelIndependence().test(tables);
        text.append("Chi-square tests of independence, outlet by label (").append(tests.size())
                .append(" concepts with 2+ outlets and 2+ labels):\n").append(StatsText.chiSquare(tests));
        return text.toString();
    }
}
