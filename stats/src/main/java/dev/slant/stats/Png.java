package dev.slant.stats;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** What the plots share: writing a PNG, the names and fonts on them. */
final class Png {
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Png() {}

    /** Writes an image as PNG; ImageIO's encoder is deterministic, so the same image gives the same bytes. */
    static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** The name of an outlet on a plot: the part before a parenthesis, which the seeds use for notes. */
    static String shortName(String outlet) {
        int paren = outlet.indexOf(" (");
        return paren < 0 ? outlet : outlet.substring(0, paren);
    }

    /** An axis named with its share of the variance, "PC1 (62%)". */
    static String axisLabel(String axis, double share) {
        return String.format(Locale.ROOT, "%s (%.0f%%)", axis, 100 * share);
    }
}
