package dev.slant.eval;

import java.util.Objects;

/**
 * One named figure of an evaluation, such as {@code sentence.macro_f1}.
 *
 * @param name the figure's name, unique within its evaluation
 * @param value its value; {@code NaN} when it is undefined on the data (for example a correlation
 *     of a constant prediction)
 */
public record Figure(String name, double value) {

    /** Checks the name. */
    public Figure {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("figure name must not be blank");
        }
    }
}
