package dev.slant.stats;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;
import smile.plot.swing.Canvas;
import smile.plot.swing.Line;
import smile.plot.swing.LinePlot;

/**
 * A hierarchical clustering of outlets by the Jensen-Shannon distances of their framing vectors
 * ({@link FramingVectors#distances()}), with average linkage (UPGMA): the distance between two
 * clusters is the mean of the distances between their members. Average linkage needs only
 * distances, not coordinates (Ward's method assumes Euclidean ones), and neither chains outlets
 * together as single linkage does nor lets one far outlet decide as complete linkage does.
 * Immutable.
 */
public final class OutletClusters {
    private final List<String> outlets;
    private final int[][] merges;
    private final double[] heights;

    private OutletClusters(List<String> outlets, int[][] merges, double[] heights) {
        this.outlets = List.copyOf(outlets);
        this.merges = merges;
        this.heights = heights;
    }

    /**
     * Clusters the outlets of framing vectors.
     *
     * @param vectors the outlets' framing vectors
     * @return the clustering
     * @throws IllegalArgumentException when there are fewer than 2 outlets
     */
    public static OutletClusters of(FramingVectors vectors) {
        checkNotNull(vectors, "vectors");
        return of(vectors.outlets(), vectors.distances());
    }

    /**
     * Clusters items by a matrix of distances.
     *
     * @param outlets the items' names
     * @param distances a symmetric matrix of non-negative distances, aligned with the names
     * @return the clustering
     * @throws IllegalArgumentException when there are fewer than 2 items or the matrix does not fit
     */
    public static OutletClusters of(List<String> outlets, double[][] distances) {
        int n = outlets.size();
        checkArgument(n >= 2, "clustering needs at least 2 outlets, found %d", n);
        checkArgument(distances.length == n, "expected a %d x %d distance matrix", n, n);
        HierarchicalClustering clustering = HierarchicalClustering.fit(new UPGMALinkage(distances));
        return new OutletClusters(outlets, clustering.tree(), clustering.height());
    }

    /**
     * Returns the outlets, indexed as in {@link #merges()}.
     *
     * @return the outlets
     */
    public List<String> outlets() {
        return outlets;
    }

    /**
     * Returns the merges, in order: row {@code i} joins clusters {@code merges[i][0]} and
     * {@code merges[i][1]}, where {@code 0..n-1} are the outlets and {@code n + j} is the cluster
     * made by merge {@code j}.
     *
     * @return the n - 1 merges (a copy)
     */
    public int[][] merges() {
        int[][] copy = new int[merges.length][];
        for (int i = 0; i < merges.length; i++) {
            copy[i] = merges[i].clone();
        }
        return copy;
    }

    /**
     * Returns the height of each merge: the average distance between the two clusters' members.
     *
     * @return the n - 1 heights, non-decreasing (a copy)
     */
    public double[] heights() {
        return heights.clone();
    }

    /**
     * Cuts the tree into groups.
     *
     * @param groups how many groups
     * @return each outlet's group, numbered from 0
     * @throws IllegalArgumentException when {@code groups} is not between 1 and the number of outlets
     */
    public int[] partition(int groups) {
        checkArgument(groups >= 1 && groups <= outlets.size(), "groups must be in [1, %d], found %d",
                outlets.size(), groups);
        return new HierarchicalClustering(merges, heights).partition(groups);
    }

    /**
     * Returns the outlets in the order of the dendrogram's leaves, left to right: a depth-first walk
     * from the last merge, first member first.
     *
     * @return the outlets' indexes
     */
    public int[] leafOrder() {
        int[] order = new int[outlets.size()];
        walk(merges.length - 1, order, 0);
        return order;
    }

    private int walk(int merge, int[] order, int next) {
        int n = outlets.size();
        for (int member : merges[merge]) {
            if (member >= n) {
                next = walk(member - n, order, next);
            } else {
                order[next++] = member;
            }
        }
        return next;
    }

    /**
     * Returns the tree as indented text, one line per merge and per outlet, the root first.
     *
     * <pre>
     * + 0.412
     *   + 0.201
     *     - Radio Habana Cuba
     *     - Iranian state media
     *   - Reuters
     * </pre>
     *
     * @return the text, with a line feed after each line
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        describe(outlets.size() + merges.length - 1, 0, text);
        return text.toString();
    }

    private void describe(int node, int depth, StringBuilder text) {
        int n = outlets.size();
        text.append("  ".repeat(depth));
        if (node < n) {
            text.append("- ").append(outlets.get(node)).append('\n');
            return;
        }
        int merge = node - n;
        text.append(String.format(Locale.ROOT, "+ %.3f%n", heights[merge]));
        for (int member : merges[merge]) {
            describe(member, depth + 1, text);
        }
    }

    /**
     * Draws the dendrogram, the outlets (up to a parenthesis) under their leaves and the merge
     * heights (Jensen-Shannon distance) on the vertical axis.
     *
     * @param width the image's width in pixels
     * @param height its height in pixels
     * @return the image
     * @throws IllegalArgumentException when a size is below 200 pixels
     */
    public BufferedImage image(int width, int height) {
        checkArgument(width >= 200 && height >= 200, "an image needs at least 200 x 200 pixels, found %d x %d",
                width, height);
        // Drawn from lines rather than with Smile's Dendrogram, which stacks each merge's height on
        // its children's and so would not show the linkage distances; lying on its side, so that
        // the outlets' names have room on the vertical axis.
        int n = outlets.size();
        int[] order = leafOrder();
        double[] x = new double[n + merges.length];
        double[] y = new double[n + merges.length];
        String[] names = new String[n];
        double[] positions = new double[n];
        for (int i = 0; i < n; i++) {
            x[order[i]] = i;
            names[i] = Png.shortName(outlets.get(order[i]));
            positions[i] = i;
        }
        Color color = new Color(0x1f, 0x5f, 0x9f);
        Line[] lines = new Line[merges.length];
        for (int m = 0; m < merges.length; m++) {
            int a = merges[m][0];
            int b = merges[m][1];
            x[n + m] = (x[a] + x[b]) / 2;
            y[n + m] = heights[m];
            lines[m] = Line.of(new double[][] {{y[a], x[a]}, {heights[m], x[a]}, {heights[m], x[b]}, {y[b], x[b]}},
                    Line.Style.SOLID, color);
        }
        Canvas canvas = new LinePlot(lines).canvas();
        canvas.setBound(new double[] {0, -0.5}, new double[] {1.05 * Math.max(heights[merges.length - 1], 1e-6), n - 0.5});
        canvas.setTitle("Outlets clustered by Jensen-Shannon distance (average linkage)");
        canvas.setLegendVisible(false);
        canvas.setMargin(0.28); // per side: room on the left for the names
        canvas.setAxisLabels("Jensen-Shannon distance", "");
        canvas.getAxis(1).setTicks(names, positions);
        canvas.getAxis(1).setGridVisible(false);
        return canvas.toBufferedImage(width, height);
    }

    /**
     * Writes {@link #image} as a PNG file.
     *
     * @param file where to write it; its folder must exist
     * @param width the image's width in pixels
     * @param height its height in pixels
     * @throws IOException when the file cannot be written
     */
    public void writePng(Path file, int width, int height) throws IOException {
        Png.write(image(width, height), file);
    }
}
