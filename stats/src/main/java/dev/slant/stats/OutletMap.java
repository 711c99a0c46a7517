package dev.slant.stats;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import smile.feature.extraction.PCA;
import smile.manifold.MDS;
import smile.plot.swing.Canvas;
import smile.plot.swing.Label;
import smile.plot.swing.ScatterPlot;

/**
 * A map of outlets in two dimensions, two ways:
 *
 * <ul>
 *   <li><b>PCA</b> of the {@linkplain FramingVectors framing vectors}: the outlets centred and
 *       projected on the two directions along which their label shares vary most; the axes'
 *       shares of the total variance say how much of the picture the plane keeps;</li>
 *   <li><b>classical MDS</b> (Torgerson) of the {@linkplain FramingVectors#distances() Jensen-Shannon
 *       distances}: the points whose Euclidean distances best match them, the geometry that the
 *       {@linkplain OutletClusters clustering} works on.</li>
 * </ul>
 *
 * <p>Both are computed: with a handful of outlets and dozens of labels PCA still works (the
 * covariance has at most {@code n - 1} non-zero eigenvalues), but it measures differences in
 * shares, which weighs a concept with many labels more, while MDS keeps the divergences that the
 * comparison reports. Where they agree, the picture is robust. The sign of an axis is arbitrary
 * in both; each axis is turned so that the outlet farthest from the centre along it lies on its
 * positive side, and the coordinates are rounded to 12 decimal places (the linear algebra may
 * differ in the last bits from call to call), which makes the map the same on every run. When two
 * axes carry the same variance, as for points at the corners of a regular polygon, any rotation
 * of them is as good, and which one the eigensolver returns is not defined. Immutable.
 */
public final class OutletMap {
    private final List<String> outlets;
    private final double[][] pca;
    private final double[] pcaVariance;
    private final double[][] mds;
    private final double[] mdsVariance;

    private OutletMap(List<String> outlets, double[][] pca, double[] pcaVariance, double[][] mds,
            double[] mdsVariance) {
        this.outlets = List.copyOf(outlets);
        this.pca = pca;
        this.pcaVariance = pcaVariance;
        this.mds = mds;
        this.mdsVariance = mdsVariance;
    }

    /**
     * Projects the outlets' framing vectors to two dimensions by PCA, and their distances by MDS.
     *
     * @param vectors the outlets' framing vectors
     * @return the map
     * @throws IllegalArgumentException when there are fewer than 3 outlets
     */
    public static OutletMap of(FramingVectors vectors) {
        checkNotNull(vectors, "vectors");
        int n = vectors.outlets().size();
        checkArgument(n >= 3, "a map of outlets needs at least 3 outlets, found %d", n);
        double[][] pca = new double[n][2];
        double[] pcaVariance = new double[2];
        if (vectors.dimensions().size() >= 2 && !allRowsEqual(vectors.vectors())) {
            PCA fit = PCA.fit(vectors.vectors());
            double[] proportion = fit.varianceProportion();
            int k = Math.min(2, proportion.length);
            double[][] projected = fit.getProjection(k).apply(vectors.vectors());
            for (int i = 0; i < n; i++) {
                System.arraycopy(projected[i], 0, pca[i], 0, k);
            }
            System.arraycopy(proportion, 0, pcaVariance, 0, k);
            finite(pca);
            finite(new double[][] {pcaVariance});
        }
        double[][] mds = new double[n][2];
        double[] mdsVariance = new double[2];
        double[][] distances = vectors.distances();
        if (!allZero(distances)) {
            MDS fit = MDS.of(distances, 2);
            for (int i = 0; i < n; i++) {
                System.arraycopy(fit.coordinates[i], 0, mds[i], 0, 2);
            }
            System.arraycopy(fit.proportion, 0, mdsVariance, 0, 2);
            finite(mds); // a zero eigenvalue gives no axis
            finite(new double[][] {mdsVariance});
        }
        round(pca);
        round(mds);
        round(new double[][] {pcaVariance, mdsVariance});
        orient(pca);
        orient(mds);
        return new OutletMap(vectors.outlets(), pca, pcaVariance, mds, mdsVariance);
    }

    /** Identical vectors have no variance to share out: Smile's PCA rejects them, and the map is a point. */
    private static boolean allRowsEqual(double[][] rows) {
        for (double[] row : rows) {
            if (!Arrays.equals(row, rows[0])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(double[][] matrix) {
        for (double[] row : matrix) {
            for (double value : row) {
                if (value != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Puts 0 for what a degenerate eigenproblem left undefined. */
    private static void finite(double[][] values) {
        for (double[] row : values) {
            for (int i = 0; i < row.length; i++) {
                if (!Double.isFinite(row[i])) {
                    row[i] = 0;
                }
            }
        }
    }

    /**
     * Rounds to 12 decimal places: OpenBLAS may change the last bits of a result from one call to
     * the next (its code paths depend on memory alignment and threads), and the map must not.
     */
    private static void round(double[][] values) {
        for (double[] row : values) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.rint(row[i] * 1e12) / 1e12;
            }
        }
    }

    /** Turns each axis so that the point farthest from 0 along it is on its positive side. */
    private static void orient(double[][] points) {
        for (int axis = 0; axis < 2; axis++) {
            int farthest = 0;
            for (int i = 1; i < points.length; i++) {
                if (Math.abs(points[i][axis]) > Math.abs(points[farthest][axis]) + 1e-12) {
                    farthest = i;
                }
            }
            if (points[farthest][axis] < 0) {
                for (double[] point : points) {
                    point[axis] = -point[axis];
                }
            }
        }
    }

    /**
     * Returns the outlets, in the order of the coordinates.
     *
     * @return the outlets
     */
    public List<String> outlets() {
        return outlets;
    }

    /**
     * Returns the PCA coordinates.
     *
     * @return one {x, y} per outlet (a copy)
     */
    public double[][] pca() {
        return copy(pca);
    }

    /**
     * Returns the share of the framing vectors' total variance along each PCA axis.
     *
     * @return {first, second}, each in [0, 1]; 0 for an axis that does not exist
     */
    public double[] pcaVariance() {
        return pcaVariance.clone();
    }

    /**
     * Returns the classical MDS coordinates of the Jensen-Shannon distances.
     *
     * @return one {x, y} per outlet (a copy)
     */
    public double[][] mds() {
        return copy(mds);
    }

    /**
     * Returns the share of the double-centred distances' positive eigenvalues along each MDS axis.
     *
     * @return {first, second}, each in [0, 1]
     */
    public double[] mdsVariance() {
        return mdsVariance.clone();
    }

    private static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * Draws the two maps side by side, PCA on the left and MDS on the right, each point named by
     * its outlet (the name up to a parenthesis).
     *
     * @param width the image's width in pixels
     * @param height its height in pixels
     * @return the image
     * @throws IllegalArgumentException when a size is below 200 pixels
     */
    public BufferedImage image(int width, int height) {
        checkArgument(width >= 200 && height >= 200, "an image needs at least 200 x 200 pixels, found %d x %d",
                width, height);
        int left = width / 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.drawImage(panel(pca, "PCA of the framing vectors", "PC", pcaVariance)
                    .toBufferedImage(left, height), 0, 0, null);
            graphics.drawImage(panel(mds, "MDS of the Jensen-Shannon distances", "MDS", mdsVariance)
                    .toBufferedImage(width - left, height), left, 0, null);
        } finally {
            graphics.dispose();
        }
        return image;
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

    private Canvas panel(double[][] points, String title, String axis, double[] variance) {
        Canvas canvas = ScatterPlot.of(points, '@', new Color(0x1f, 0x5f, 0x9f)).canvas();
        canvas.setTitle(title);
        canvas.setLegendVisible(false);
        canvas.setAxisLabels(Png.axisLabel(axis + "1", variance[0]), Png.axisLabel(axis + "2", variance[1]));
        // Room around the points for the names, which run to the right of each point.
        double[] low = canvas.getLowerBounds();
        double[] high = canvas.getUpperBounds();
        double spanX = Math.max(high[0] - low[0], 1e-6);
        double spanY = Math.max(high[1] - low[1], 1e-6);
        canvas.extendBound(new double[] {low[0] - 0.1 * spanX, low[1] - 0.1 * spanY},
                new double[] {high[0] + 0.6 * spanX, high[1] + 0.1 * spanY});
        for (int i = 0; i < points.length; i++) {
            canvas.add(new Label(" " + Png.shortName(outlets.get(i)), points[i], 0.0, 0.5, 0.0, Png.LABEL_FONT,
                    Color.DARK_GRAY));
        }
        return canvas;
    }
}
