package dev.slant.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletClustersTest {
    private static final List<String> OUTLETS = List.of("A", "B", "C", "D");
    /** Two tight pairs, {A, B} and {C, D}, far apart. */
    private static final double[][] DISTANCES = {
            {0.0, 0.1, 0.8, 0.9},
            {0.1, 0.0, 0.7, 0.6},
            {0.8, 0.7, 0.0, 0.2},
            {0.9, 0.6, 0.2, 0.0}};

    @Test
    void mergesByAverageLinkage() {
        OutletClusters clusters = OutletClusters.of(OUTLETS, DISTANCES);

        // A+B at 0.1, C+D at 0.2, then the mean of the four distances across: (0.8+0.9+0.7+0.6)/4
        assertArrayEquals(new double[] {0.1, 0.2, 0.75}, clusters.heights(), 1e-6);
        int[] groups = clusters.partition(2);
        assertEquals(groups[0], groups[1]);
        assertEquals(groups[2], groups[3]);
        assertNotEquals(groups[0], groups[2]);
    }

    @Test
    void leavesKeepEachClusterTogether() {
        int[] order = OutletClusters.of(OUTLETS, DISTANCES).leafOrder();

        assertEquals(4, order.length);
        int firstPair = Math.abs(position(order, 0) - position(order, 1));
        int secondPair = Math.abs(position(order, 2) - position(order, 3));
        assertEquals(1, firstPair);
        assertEquals(1, secondPair);
    }

    @Test
    void describesTheTreeAsText() {
        String text = OutletClusters.of(OUTLETS, DISTANCES).text();

        assertTrue(text.startsWith("+ 0.750\n"), text);
        assertTrue(text.contains("  + 0.100\n    - A\n    - B\n") || text.contains("  + 0.100\n    - B\n    - A\n"), text);
        assertEquals(7, text.lines().count(), text);
    }

    @Test
    void writesADendrogramPng(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("tree.png");
        OutletClusters.of(OUTLETS, DISTANCES).writePng(file, 700, 500);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(700, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(OutletMapTest.hasDarkPixels(image));
        OutletClusters.of(OUTLETS, DISTANCES).writePng(folder.resolve("again.png"), 700, 500);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(folder.resolve("again.png")));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> OutletClusters.of(List.of("A"), new double[][] {{0}}));
        assertThrows(IllegalArgumentException.class, () -> OutletClusters.of(OUTLETS, new double[2][2]));
        assertThrows(IllegalArgumentException.class, () -> OutletClusters.of(OUTLETS, DISTANCES).partition(5));
    }

    private static int position(int[] order, int leaf) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == leaf) {
                return i;
            }
        }
        throw new AssertionError("leaf " + leaf + " missing");
    }
}
