package dev.slant.eval;

import java.util.List;
import java.util.Locale;

/**
 * Prints evaluations as a compact table: one row per figure, and one row for each precision,
 * recall and F1 triple.
 */
public final class EvaluationTable {
    private static final String PRECISION = ".precision";

    private EvaluationTable() {}

    /**
     * Formats evaluations.
     *
     * @param evaluations the evaluations
     * @return the table, one line per row
     */
    public static String format(List<Evaluation> evaluations) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-9s %6s  %-28s %s%n", "dataset", "items", "figure", "value"));
        for (Evaluation evaluation : evaluations) {
            String dataset = evaluation.dataset();
            String items = Integer.toString(evaluation.items());
            List<Figure> figures = evaluation.figures();
            for (int i = 0; i < figures.size(); i++) {
                Figure figure = figures.get(i);
                String value;
                String name = figure.name();
                if (name.endsWith(PRECISION) && i + 2 < figures.size() && isTriple(name, figures, i)) {
                    name = name.substring(0, name.length() - PRECISION.length());
                    value = String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", figure.value(),
                            figures.get(i + 1).value(), figures.get(i + 2).value());
                    i += 2;
                } else {
                    value = String.format(Locale.ROOT, "%.3f", figure.value());
                }
                out.append(String.format(Locale.ROOT, "%-9s %6s  %-28s %s%n", dataset, items, name, value));
                dataset = "";
                items = "";
            }
        }
        return out.toString();
    }

    private static boolean isTriple(String precision, List<Figure> figures, int i) {
        String prefix = precision.substring(0, precision.length() - PRECISION.length());
        return figures.get(i + 1).name().equals(prefix + ".recall") && figures.get(i + 2).name().equals(prefix + ".f1");
    }
}
