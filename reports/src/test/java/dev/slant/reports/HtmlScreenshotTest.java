package dev.slant.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the report of the seeds in headless Chromium and checks the screenshot: the page
 * draws its header, the heat maps and the coloured labels. Skipped where Chromium is not
 * installed; on Debian, {@code apt-get install chromium} (as root) makes it run. The browser
 * is {@code /usr/bin/chromium}, or the one the system property {@code slant.chromium} names. The
 * screenshot is kept as {@code target/report-screenshot.png}.
 */
class HtmlScreenshotTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("slant.chromium", "/usr/bin/chromium"));
    private static final int WIDTH = 1280;

    @Test
    void chromiumRendersTheReportWithItsHeaderHeatMapsAndColouredLabels() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        Path folder = Files.createDirectories(Path.of("target", "screenshot"));
        Path page = folder.resolve("report.html").toAbsolutePath();
        Files.writeString(page, HtmlReportTest.html(), StandardCharsets.UTF_8);
        Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + folder.resolve("profile").toAbsolutePath(),
                "--window-size=" + WIDTH + ",2400", "--screenshot=" + png, page.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish within 120 s");
        assertEquals(0, chromium.exitValue(), Files.readString(folder.resolve("chromium.log")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        int header = 0;
        int red = 0;
        int indigoCells = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                header += y < 60 && Math.abs(r - 0x31) < 8 && Math.abs(g - 0x2e) < 8 && Math.abs(b - 0x78) < 8 ? 1 : 0;
                red += r > 200 && g < 190 && b < 190 && r - g > 40 ? 1 : 0;
                indigoCells += b > r + 40 && b > g + 40 && y > 200 ? 1 : 0;
            }
        }
        assertTrue(header > WIDTH / 2 * 20, "the indigo header is drawn: " + header);
        assertTrue(red > 200, "negative labels or intervals are red: " + red);
        assertTrue(indigoCells > 500, "heat map cells are drawn: " + indigoCells);
    }
}
