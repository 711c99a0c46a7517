package dev.slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lowest figures the project accepts: one {@code dataset.figure=value} per line, such as
 * {@code babe.sentence.macro_f1=0.50}, with {@code #} comments and blank lines. A figure where
 * lower is better takes a ceiling instead, written {@code dataset.figure<=value}.
 */
public final class Floors {

    /**
     * One floor.
     *
     * @param dataset the adapter's name
     * @param figure the figure's name
     * @param value the lowest accepted value, or the highest for a ceiling
     * @param ceiling whether the figure must stay at or below the value instead
     * @param line the 1-based line that sets it
     */
    public record Floor(String dataset, String figure, double value, boolean ceiling, int line) {

        /**
         * Returns whether a figure holds this floor; an undefined figure never does.
         *
         * @param figure the figure's value
         * @return whether it is at or above the floor (at or below a ceiling)
         */
        public boolean heldBy(double figure) {
            return ceiling ? figure <= value : figure >= value;
        }
    }

    private final List<Floor> floors;

    private Floors(List<Floor> floors) {
        this.floors = List.copyOf(floors);
    }

    /**
     * Reads a floors file.
     *
     * @param file the file
     * @return its floors
     * @throws IOException if it cannot be read
     * @throws GoldFormatException if a line is not {@code dataset.figure=number}
     */
    public static Floors read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads the lines of a floors file.
     *
     * @param name the file's name, for messages
     * @param lines its lines
     * @return the floors
     * @throws GoldFormatException if a line is not {@code dataset.figure=number}
     */
    public static Floors parse(String name, List<String> lines) {
        List<Floor> floors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? "" : line.substring(0, equals).strip();
            boolean ceiling = key.endsWith("<");
            if (ceiling) {
                key = key.substring(0, key.length() - 1).strip();
            }
            int dot = key.indexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new GoldFormatException(name, i + 1,
                        "expected dataset.figure=value or dataset.figure<=value, found '" + line + "'");
            }
            double value;
            try {
                value = Double.parseDouble(line.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                throw new GoldFormatException(name, i + 1, "expected a number after '=', found '"
                        + line.substring(equals + 1).strip() + "'");
            }
            floors.add(new Floor(key.substring(0, dot), key.substring(dot + 1), value, ceiling, i + 1));
        }
        return new Floors(floors);
    }

    /**
     * Returns the floors in file order.
     *
     * @return the floors
     */
    public List<Floor> floors() {
        return floors;
    }

    /**
     * Checks evaluations against the floors of their data sets; floors of data sets not evaluated
     * are not checked.
     *
     * @param evaluations the evaluations
     * @return one line per figure below its floor (above its ceiling), missing, or undefined;
     *     empty when all hold
     */
    public List<String> violations(List<Evaluation> evaluations) {
        List<String> violations = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            for (Floor floor : floors) {
                if (!floor.dataset().equals(evaluation.dataset())) {
                    continue;
                }
                String key = floor.dataset() + "." + floor.figure();
                Optional<Figure> figure = evaluation.figure(floor.figure());
                if (figure.isEmpty()) {
                    violations.add(key + ": no such figure (floor " + format(floor.value()) + ")");
                } else if (!floor.heldBy(figure.get().value())) {
                    violations.add(key + " = " + format(figure.get().value())
                            + (floor.ceiling() ? " is above its ceiling " : " is below its floor ") + format(floor.value()));
                }
            }
        }
        return violations;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
