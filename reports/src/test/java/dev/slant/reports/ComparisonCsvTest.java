package dev.slant.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.Article;
import dev.slant.compare.Comparison;
import dev.slant.compare.ComparisonAccumulator;
import dev.slant.compare.ComparisonSettings;
import dev.slant.report.ArticleReport;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonCsvTest {
    private static final String AWKWARD = "Radio \"Truth\", Inc.\nEnglish";

    private static List<CSVRecord> parse(Reader in) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }

    private static Comparison comparison() {
        ComparisonAccumulator accumulator = new ComparisonAccumulator(ComparisonSettings.defaults());
        Seeds.REPORTS.forEach(accumulator::add);
        Article odd = Seeds.articles().get(1);
        accumulator.add(Seeds.SYRIA.analyze(new Article("odd", AWKWARD, "", "", "", odd.text())));
        return accumulator.result();
    }

    @Test
    void writesEveryTableWithQuotingThatSurvivesCommasQuotesAndLineBreaks(@TempDir Path folder) throws Exception {
        Comparison comparison = comparison();
        List<Path> files = ComparisonCsv.writeAll(comparison, folder);
        assertEquals(ComparisonCsv.FILES.size(), files.size());
        List<CSVRecord> outlets = parse(Files.newBufferedReader(folder.resolve("outlets.csv")));
        assertEquals(comparison.outlets().size(), outlets.size());
        assertEquals(AWKWARD, outlets.get(outlets.size() - 1).get("outlet"));
        assertEquals(comparison.outlets().get(0).tokens(), Long.parseLong(outlets.get(0).get("tokens")));
    }

    @Test
    void labelRowsAddUpToEachOutletsTotal(@TempDir Path folder) throws Exception {
        Comparison comparison = comparison();
        ComparisonCsv.writeAll(comparison, folder);
        List<CSVRecord> labels = parse(Files.newBufferedReader(folder.resolve("labels.csv")));
        int sum = labels.stream().filter(r -> r.get("concept").equals("syria/idlib-armed-groups")
                && r.get("voice").equals("narrator") && r.get("outlet").equals(AWKWARD))
                .mapToInt(r -> Integer.parseInt(r.get("count"))).sum();
        int total = comparison.concept("syria/idlib-armed-groups").orElseThrow()
                .voice(dev.slant.voice.VoiceKind.NARRATOR).orElseThrow().outlet(AWKWARD).orElseThrow().total();
        assertEquals(total, sum);
        List<CSVRecord> pairs = parse(Files.newBufferedReader(folder.resolve("divergence.csv")));
        assertTrue(pairs.stream().allMatch(r -> Double.parseDouble(r.get("jsd")) >= 0
                && Double.parseDouble(r.get("jsd")) <= 1));
        List<CSVRecord> actors = parse(Files.newBufferedReader(folder.resolve("actors.csv")));
        assertEquals(comparison.actors().stream().mapToInt(a -> a.outlets().size()).sum(), actors.size());
    }

    @Test
    void writesOneRowPerTermWithItsVoiceAndSpeaker() throws Exception {
        ArticleReport report = Seeds.REPORTS.get(3);
        StringWriter out = new StringWriter();
        TermsCsv.begin(out).write(report);
        List<CSVRecord> rows = parse(new StringReader(out.toString()));
        assertEquals(report.termCount(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertEquals(report.termStart(i), Integer.parseInt(row.get("start")));
            assertEquals(report.text().substring(report.termStart(i), report.termEnd(i)), row.get("text"));
            assertEquals(report.termVoice(i).id(), row.get("voice"));
        }
    }
}
