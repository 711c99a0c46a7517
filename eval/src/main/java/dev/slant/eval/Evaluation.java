package dev.slant.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of scoring one data set: named figures in a stable order, the confusion matrices
 * behind the classification figures, and notes on what was scored (such as which annotator's
 * files were used).
 *
 * @param dataset the adapter's name, such as {@code babe}
 * @param items how many items were scored (sentences, targets or articles)
 * @param figures the figures, names unique
 * @param confusions the confusion matrices, empty where none helps
 * @param notes what a reader needs to know to reproduce the figures
 */
public record Evaluation(String dataset, int items, List<Figure> figures, List<ConfusionMatrix> confusions,
        List<String> notes) {

    /** Checks the fields and copies the lists. */
    public Evaluation {
        Objects.requireNonNull(dataset, "dataset");
        figures = List.copyOf(figures);
        confusions = List.copyOf(confusions);
        notes = List.copyOf(notes);
        Set<String> names = new HashSet<>();
        for (Figure figure : figures) {
            if (!names.add(figure.name())) {
                throw new IllegalArgumentException("figure named twice in " + dataset + ": " + figure.name());
            }
        }
    }

    /**
     * Finds a figure by name.
     *
     * @param name the figure's name, such as {@code sentence.macro_f1}
     * @return the figure, or empty when this evaluation has none of that name
     */
    public Optional<Figure> figure(String name) {
        return figures.stream().filter(figure -> figure.name().equals(name)).findFirst();
    }

    /**
     * Returns a figure's value.
     *
     * @param name the figure's name
     * @return its value
     * @throws IllegalArgumentException if there is no figure of that name
     */
    public double value(String name) {
        return figure(name).orElseThrow(() -> new IllegalArgumentException(
                "no figure '" + name + "' in " + dataset + "; figures: "
                        + figures.stream().map(Figure::name).toList())).value();
    }
}
