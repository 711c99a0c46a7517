package dev.slant.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    @Test
    void printsTheNarratorsLabelsOfASeedArticle() throws Exception {
        Path seed = Path.of(System.getProperty("slant.seeds"), "001_289c97c6adab94b1.txt");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[] {seed.toString()});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("foreign-backed terrorists") && line.contains("narrator")),
                output);
    }
}
