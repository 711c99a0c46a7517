package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slant.Slant;
import dev.slant.report.ArticleReport;
import dev.slant.report.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerTest {
    @Test
    void analyzesWithTheInstalledArtifacts() {
        ArticleReport report = Slant.analyze("Foreign-backed terrorists attacked. \"Rebels,\" he said.");
        List<String> labels = report.terms().stream()
                .filter(t -> t.entry().concept().isPresent())
                .map(t -> t.text() + "/" + t.voice().kind().id())
                .toList();
        assertEquals(List.of("Foreign-backed terrorists/narrator", "attacked/narrator", "Rebels/quoted"), labels);
    }
}
