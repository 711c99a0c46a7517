package dev.slant.eval;

import dev.slant.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * PolNeAR (Newell et al., LREC 2018): news articles with attribution relations in brat standoff,
 * a split folder holding {@code text/NAME.txt} and {@code attributions/NAME_XXXX.ann}, where
 * {@code XXXX} names the annotator.
 *
 * <p>Gold: every {@code Attribution} and {@code Attribution-no-source} event with a content. Its
 * cue is its {@code Cue} argument (the trigger where none is given), its source the {@code Source}
 * argument (none for {@code Attribution-no-source}), its content the {@code Content} and
 * {@code Content2} arguments; a discontinuous role is taken from its first fragment's start to its
 * last fragment's end. Where an article has several annotators' files, the file of the annotator
 * whose code sorts first is scored, and the prediction lines name it.
 *
 * <p>Figures: for each role ({@code cue}, {@code source}, {@code content}) precision, recall and F1
 * under {@link SpanMatch#EXACT} and {@link SpanMatch#OVERLAP}, each role's spans matched one to one
 * within an article and the counts summed over articles; and {@code unknown_speaker_share}, the
 * share of predicted attributions whose speaker is unknown: no source, or a pronoun source with no
 * antecedent (with gold's share of attributions without a source beside it).
 */
public final class PolnearDataset implements Dataset {
    private static final List<String> ROLES = List.of("cue", "source", "content");

    private final AttributionPredictor predictor;

    /**
     * Scores an attribution predictor.
     *
     * @param predictor the predictor
     */
    public PolnearDataset(AttributionPredictor predictor) {
        this.predictor = Objects.requireNonNull(predictor, "predictor");
    }

    /**
     * One line of the predictions file: an article.
     *
     * @param id the article's file name without {@code .txt}
     * @param annotator the code of the annotator whose file was scored, empty when the file has none
     * @param gold the gold attributions
     * @param predicted the predicted attributions
     */
    public record Line(String id, String annotator, List<PredictedAttribution> gold,
            List<PredictedAttribution> predicted) {}

    /**
     * An article's gold file.
     *
     * @param id the article
     * @param annotator the annotator's code, empty when none
     * @param file the {@code .ann} file
     * @param files how many annotators' files the article has
     */
    record GoldFile(String id, String annotator, Path file, int files) {}

    @Override
    public String name() {
        return "polnear";
    }

    @Override
    public Optional<Path> standardPath(Path dataRoot) {
        return Optional.of(dataRoot.resolve("polnear").resolve("dev"));
    }

    @Override
    public Evaluation evaluate(Path data, PredictionSink predictions) throws IOException {
        Path texts = data.resolve("text");
        List<GoldFile> files = goldFiles(data.resolve("attributions"), texts);
        Map<String, PrfCounts> counts = new TreeMap<>();
        long predictedTotal = 0;
        long predictedUnknown = 0;
        long goldTotal = 0;
        long goldUnknown = 0;
        int mismatched = 0;
        for (GoldFile gold : files) {
            String text = Files.readString(texts.resolve(gold.id() + ".txt"), StandardCharsets.UTF_8);
            BratReader.Annotations annotations = BratReader.parse(gold.file().getFileName().toString(),
                    Files.readString(gold.file(), StandardCharsets.UTF_8));
            mismatched += mismatches(annotations, text);
            List<PredictedAttribution> expected = attributions(annotations);
            List<PredictedAttribution> found = predictor.predict(text);
            for (String role : ROLES) {
                for (SpanMatch match : SpanMatch.values()) {
                    counts.merge(role + "." + match.id(),
                            match.count(spans(expected, role), spans(found, role)), PrfCounts::plus);
                }
            }
            predictedTotal += found.size();
            predictedUnknown += found.stream().filter(attribution -> !attribution.speakerKnown()).count();
            goldTotal += expected.size();
            goldUnknown += expected.stream().filter(attribution -> !attribution.speakerKnown()).count();
            predictions.accept(new Line(gold.id(), gold.annotator(), expected, found));
        }
        List<Figure> figures = new ArrayList<>();
        for (String role : ROLES) {
            for (SpanMatch match : SpanMatch.values()) {
                PrfCounts c = counts.get(role + "." + match.id());
                String prefix = role + "." + match.id() + ".";
                figures.add(new Figure(prefix + "precision", c.precision()));
                figures.add(new Figure(prefix + "recall", c.recall()));
                figures.add(new Figure(prefix + "f1", c.f1()));
            }
        }
        figures.add(new Figure("unknown_speaker_share", share(predictedUnknown, predictedTotal)));
        figures.add(new Figure("gold.unknown_speaker_share", share(goldUnknown, goldTotal)));
        long several = files.stream().filter(file -> file.files() > 1).count();
        List<String> notes = List.of("predictor: " + predictor,
                files.size() + " articles, " + goldTotal + " gold and " + predictedTotal + " predicted attributions",
                "annotator: where an article has several annotators' files, the one whose code sorts first ("
                        + several + " articles have several)",
                mismatched + " single-fragment gold spans whose stored text differs from the article at their offsets");
        return new Evaluation(name(), files.size(), figures, List.of(), notes);
    }

    /**
     * Pairs each article with one gold file: for {@code NAME_XXXX.ann} the text {@code NAME.txt}
     * and annotator {@code XXXX}, the code that sorts first winning; a file {@code NAME.ann} beside
     * {@code NAME.txt} has no annotator code.
     */
    static List<GoldFile> goldFiles(Path attributions, Path texts) throws IOException {
        Map<String, GoldFile> chosen = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(attributions)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        for (Path file : files) {
            String stem = file.getFileName().toString();
            stem = stem.substring(0, stem.length() - ".ann".length());
            GoldFile gold;
            if (Files.exists(texts.resolve(stem + ".txt"))) {
                gold = new GoldFile(stem, "", file, 1);
            } else {
                int cut = stem.lastIndexOf('_');
                if (cut <= 0 || !Files.exists(texts.resolve(stem.substring(0, cut) + ".txt"))) {
                    throw new GoldFormatException(file.getFileName().toString(), 0,
                            "expected the article's text at text/" + stem + ".txt or, for an annotator's file NAME_XXXX.ann, "
                                    + "at text/NAME.txt");
                }
                gold = new GoldFile(stem.substring(0, cut), stem.substring(cut + 1), file, 1);
            }
            chosen.merge(gold.id(), gold, (a, b) -> {
                GoldFile first = a.annotator().compareTo(b.annotator()) <= 0 ? a : b;
                return new GoldFile(first.id(), first.annotator(), first.file(), a.files() + b.files());
            });
        }
        if (chosen.isEmpty()) {
            throw new GoldFormatException(attributions.toString(), 0, "expected .ann files, found none");
        }
        return List.copyOf(chosen.values());
    }

    /** The gold attributions of a file, by the rules in the class comment. */
    static List<PredictedAttribution> attributions(BratReader.Annotations annotations) {
        Map<String, BratReader.TextBound> bounds = annotations.textBounds();
        List<PredictedAttribution> attributions = new ArrayList<>();
        for (BratReader.Event event : annotations.events()) {
            if (!event.type().startsWith("Attribution")) {
                continue;
            }
            Span cue = null;
            Span source = null;
            Span content = null;
            for (Map.Entry<String, String> argument : event.arguments().entrySet()) {
                BratReader.TextBound bound = bounds.get(argument.getValue());
                if (bound == null) {
                    continue;
                }
                String role = argument.getKey();
                if (role.startsWith("Cue")) {
                    cue = union(cue, bound.envelope());
                } else if (role.startsWith("Source")) {
                    source = union(source, bound.envelope());
                } else if (role.startsWith("Content")) {
                    content = union(content, bound.envelope());
                }
            }
            if (cue == null && bounds.containsKey(event.trigger())) {
                cue = bounds.get(event.trigger()).envelope();
            }
            if (cue == null || content == null) {
                continue;
            }
            attributions.add(new PredictedAttribution(cue.start(), cue.end(),
                    source == null ? -1 : source.start(), source == null ? -1 : source.end(),
                    content.start(), content.end()));
        }
        return attributions;
    }

    /** The spans of one role, sources only where there is one. */
    static List<Span> spans(List<PredictedAttribution> attributions, String role) {
        Function<PredictedAttribution, Span> span = switch (role) {
            case "cue" -> a -> new Span(a.cueStart(), a.cueEnd());
            case "source" -> a -> a.hasSource() ? new Span(a.sourceStart(), a.sourceEnd()) : null;
            case "content" -> a -> new Span(a.contentStart(), a.contentEnd());
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
        return attributions.stream().map(span).filter(Objects::nonNull).toList();
    }

    private static Span union(Span a, Span b) {
        return a == null ? b : new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    /** Counts single-fragment spans whose stored text is not the article's text at their offsets. */
    private static int mismatches(BratReader.Annotations annotations, String text) {
        int count = 0;
        for (BratReader.TextBound bound : annotations.textBounds().values()) {
            if (bound.fragments().size() == 1) {
                Span span = bound.fragments().get(0);
                if (span.end() > text.length() || !span.textOf(text).equals(bound.text())) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
