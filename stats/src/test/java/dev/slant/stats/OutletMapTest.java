package dev.slant.stats;

import static dev.slant.stats.Tables.table;
import static dev.slant.stats.Tables.tables;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletMapTest {
    /**
     * Four outlets whose framing vectors lie in one plane: the three corners of the simplex of a
     * concept with three labels (each outlet used one label only) and its centre.
     */
    private static final FramingVectors SIMPLEX = FramingVectors.of(tables(List.of("A", "B", "C", "D"),
            table("groups", List.of("A", "B", "C", "D"), List.of("rebels", "militants", "terrorists"),
                    new int[] {4, 0, 0}, new int[] {0, 4, 0}, new int[] {0, 0, 4}, new int[] {2, 2, 2})));

    /** Five outlets in general position: no two axes of the same variance. */
    private static final FramingVectors GENERAL = FramingVectors.of(tables(List.of("A", "B", "C", "D", "E"),
            table("groups", List.of("A", "B", "C", "D", "E"), List.of("rebels", "militants", "terrorists", "fighters"),
                    new int[] {7, 1, 0, 2}, new int[] {1, 5, 2, 0}, new int[] {0, 2, 9, 1}, new int[] {3, 3, 1, 4},
                    new int[] {2, 0, 5, 6}),
            table("army", List.of("A", "B", "D", "E"), List.of("army", "regime"),
                    new int[] {4, 1}, new int[] {1, 3}, new int[] {2, 2}, new int[] {0, 5})));

    @Test
    void pcaKeepsTheDistancesOfVectorsThatLieInAPlane() {
        OutletMap map = OutletMap.of(SIMPLEX);
        double[][] vectors = SIMPLEX.vectors();
        double[][] points = map.pca();

        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(euclidean(vectors[i], vectors[j]), euclidean(points[i], points[j]), 1e-9, i + "-" + j);
            }
        }
        // the whole variance lies in the plane, and the corners stay sqrt(2) apart
        assertEquals(1.0, map.pcaVariance()[0] + map.pcaVariance()[1], 1e-9);
        assertEquals(Math.sqrt(2), euclidean(points[0], points[1]), 1e-9);
    }

    @Test
    void mdsOfThreeOutletsReproducesTheirDistances() {
        FramingVectors three = FramingVectors.of(tables(List.of("A", "B", "C"),
                table("groups", List.of("A", "B", "C"), List.of("rebels", "militants", "terrorists"),
                        new int[] {4, 0, 0}, new int[] {1, 3, 0}, new int[] {0, 1, 3})));
        double[][] distances = three.distances();
        double[][] points = OutletMap.of(three).mds();

        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertEquals(distances[i][j], euclidean(points[i], points[j]), 1e-6, i + "-" + j);
            }
        }
    }

    @Test
    void eachAxisPointsTowardItsFarthestOutlet() {
        OutletMap map = OutletMap.of(GENERAL);
        for (double[][] points : List.of(map.pca(), map.mds())) {
            for (int axis = 0; axis < 2; axis++) {
                double farthest = 0;
                for (double[] point : points) {
                    if (Math.abs(point[axis]) > Math.abs(farthest) + 1e-12) {
                        farthest = point[axis];
                    }
                }
                assertTrue(farthest >= 0, "axis " + axis + " points away from its farthest outlet");
            }
        }
    }

    @Test
    void isTheSameOnEveryRun(@TempDir Path folder) throws Exception {
        OutletMap first = OutletMap.of(GENERAL);
        OutletMap second = OutletMap.of(GENERAL);
        assertArrayEquals(first.pca(), second.pca());
        assertArrayEquals(first.mds(), second.mds());

        first.writePng(folder.resolve("first.png"), 800, 400);
        second.writePng(folder.resolve("second.png"), 800, 400);
        assertArrayEquals(Files.readAllBytes(folder.resolve("first.png")), Files.readAllBytes(folder.resolve("second.png")));
    }

    @Test
    void writesAPngOfTheSizeAskedFor(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("map.png");
        OutletMap.of(SIMPLEX).writePng(file, 1000, 450);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(450, image.getHeight());
        assertTrue(Files.size(file) > 5_000, "a map with axes, points and names is more than a blank image");
        assertTrue(hasDarkPixels(image), "nothing was drawn");
    }

    @Test
    void outletsThatFrameAlikeSitTogetherAtTheCentre() {
        FramingVectors same = FramingVectors.of(tables(List.of("A", "B", "C"),
                table("groups", List.of("A", "B", "C"), List.of("rebels", "militants"),
                        new int[] {1, 1}, new int[] {2, 2}, new int[] {3, 3})));
        OutletMap map = OutletMap.of(same);

        for (double[][] points : List.of(map.pca(), map.mds())) {
            for (double[] point : points) {
                assertArrayEquals(new double[] {0, 0}, point, 1e-9);
            }
        }
        assertArrayEquals(new double[] {0, 0}, map.mdsVariance(), 0);
    }

    @Test
    void needsThreeOutlets() {
        FramingVectors two = FramingVectors.of(tables(List.of("A", "B"),
                table("groups", List.of("A", "B"), List.of("rebels", "militants"), new int[] {1, 0}, new int[] {0, 1})));
        assertThrows(IllegalArgumentException.class, () -> OutletMap.of(two));
        assertThrows(IllegalArgumentException.class, () -> OutletMap.of(SIMPLEX).image(100, 100));
    }

    static double euclidean(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    static boolean hasDarkPixels(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                    return true;
                }
            }
        }
        return false;
    }
}
