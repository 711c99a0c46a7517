package dev.slant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.Analyzer;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.report.ArticleReport;
import dev.slant.text.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A user's own gold data, to score their lexicon packs: JSON Lines, one article per line,
 * {@code {"id": "a1", "text": "...", "spans": [{"start": 4, "end": 19, "label": "label"}]}}, with
 * {@code end} exclusive and offsets in UTF-16 code units (Java string indices). The predicted spans
 * are the analyzer's terms, each labelled by its {@link TermLabel}.
 *
 * <p>Figures: precision, recall and F1 under {@link SpanMatch#EXACT} and {@link SpanMatch#OVERLAP},
 * once ignoring labels ({@code span.*}) and once matching only spans of equal label
 * ({@code labelled.*}); counts are summed over articles. Each distinct span counts once in
 * {@code span.*}, each distinct span and label once in {@code labelled.*}, on both sides.
 */
public final class GenericDataset implements Dataset {

    /** What a term's label is, to compare with the gold labels. */
    public enum TermLabel {
        /** The entry's category id, such as {@code label} or {@code subjective}. */
        CATEGORY(entry -> entry.category().id()),
        /** The entry's concept, empty when it names none. */
        CONCEPT(entry -> entry.concept().orElse("")),
        /** The entry's label (the phrase when the pack gives none). */
        LABEL(LexiconEntry::label);

        private final Function<LexiconEntry, String> of;

        TermLabel(Function<LexiconEntry, String> of) {
            this.of = of;
        }

        /**
         * Returns an entry's label of this kind.
         *
         * @param entry the entry
         * @return the label
         */
        public String of(LexiconEntry entry) {
            return of.apply(entry);
        }

        /**
         * Finds a kind by its lower-case name.
         *
         * @param id {@code category}, {@code concept} or {@code label}
         * @return the kind
         * @throws IllegalArgumentException for another name
         */
        public static TermLabel fromId(String id) {
            for (TermLabel value : values()) {
                if (value.name().toLowerCase(Locale.ROOT).equals(id)) {
                    return value;
                }
            }
            throw new IllegalArgumentException("expected category, concept or label, found '" + id + "'");
        }
    }

    /**
     * A labelled span.
     *
     * @param start its first character
     * @param end one past its last character
     * @param label its label
     */
    public record LabelledSpan(int start, int end, String label) {
        Span span() {
            return new Span(start, end);
        }
    }

    /**
     * One line of the predictions file: an article.
     *
     * @param id the article's id
     * @param gold its gold spans
     * @param predicted the analyzer's terms
     */
    public record Line(String id, List<LabelledSpan> gold, List<LabelledSpan> predicted) {}

    /**
     * An article of gold data.
     *
     * @param id its id
     * @param text its text
     * @param spans its gold spans
     */
    record Article(String id, String text, List<LabelledSpan> spans) {}

    private final Analyzer analyzer;
    private final TermLabel termLabel;

    /**
     * Scores an analyzer's terms.
     *
     * @param analyzer the analyzer
     * @param termLabel what a term's label is
     */
    public GenericDataset(Analyzer analyzer, TermLabel termLabel) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.termLabel = Objects.requireNonNull(termLabel, "termLabel");
    }

    @Override
    public String name() {
        return "generic";
    }

    /** There is no public set in this format. */
    @Override
    public Optional<Path> standardPath(Path dataRoot) {
        return Optional.empty();
    }

    @Override
    public Evaluation evaluate(Path data, PredictionSink predictions) throws IOException {
        Map<String, PrfCounts> counts = new TreeMap<>();
        List<Article> articles = read(data);
        for (Article article : articles) {
            List<LabelledSpan> predicted = terms(article.text());
            for (SpanMatch match : SpanMatch.values()) {
                counts.merge("span." + match.id(), match.count(spans(article.spans(), null), spans(predicted, null)),
                        PrfCounts::plus);
                TreeSet<String> labels = new TreeSet<>();
                article.spans().forEach(span -> labels.add(span.label()));
                predicted.forEach(span -> labels.add(span.label()));
                for (String label : labels) {
                    counts.merge("labelled." + match.id(),
                            match.count(spans(article.spans(), label), spans(predicted, label)), PrfCounts::plus);
                }
            }
            predictions.accept(new Line(article.id(), article.spans(), predicted));
        }
        List<Figure> figures = new ArrayList<>();
        for (String scope : List.of("span", "labelled")) {
            for (SpanMatch match : SpanMatch.values()) {
                PrfCounts c = counts.getOrDefault(scope + "." + match.id(), PrfCounts.ZERO);
                String prefix = scope + "." + match.id() + ".";
                figures.add(new Figure(prefix + "precision", c.precision()));
                figures.add(new Figure(prefix + "recall", c.recall()));
                figures.add(new Figure(prefix + "f1", c.f1()));
            }
        }
        return new Evaluation(name(), articles.size(), figures, List.of(),
                List.of("predictor: the analyzer's terms, labelled by " + termLabel.name().toLowerCase(Locale.ROOT)));
    }

    private List<LabelledSpan> terms(String text) {
        ArticleReport report = analyzer.analyze(text);
        Set<LabelledSpan> terms = new LinkedHashSet<>();
        for (int i = 0; i < report.termCount(); i++) {
            terms.add(new LabelledSpan(report.termStart(i), report.termEnd(i), termLabel.of(report.termEntry(i))));
        }
        return List.copyOf(terms);
    }

    /** The distinct spans of one label, or of any label when {@code label} is null. */
    private static List<Span> spans(List<LabelledSpan> spans, String label) {
        return spans.stream().filter(span -> label == null || span.label().equals(label))
                .map(LabelledSpan::span).distinct().toList();
    }

    /**
     * Reads a gold file.
     *
     * @param file the JSONL file
     * @return its articles
     * @throws IOException if it cannot be read
     * @throws GoldFormatException if a field is missing or a span is outside its text
     */
    static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (JsonLines.Entry entry : JsonLines.read(file)) {
            String text = entry.text("text");
            List<LabelledSpan> spans = new ArrayList<>();
            for (JsonNode span : entry.array("spans")) {
                int start = entry.integer(span, "start");
                int end = entry.integer(span, "end");
                if (start < 0 || start > end || end > text.length()) {
                    throw entry.error("span [" + start + ", " + end + ") is outside the text of length " + text.length());
                }
                String label = span.has("label") ? entry.text(span, "label") : "";
                spans.add(new LabelledSpan(start, end, label));
            }
            String id = entry.node().has("id") ? entry.node().get("id").asText() : Integer.toString(entry.line());
            articles.add(new Article(id, text, spans));
        }
        return articles;
    }
}
