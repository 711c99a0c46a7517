package dev.slant.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ids by which enums are named in pack files and reports: lower case, with hyphens. */
public final class EnumIds {
    private EnumIds() {}

    /**
     * Returns the id of a constant: {@code REPORT_VERB} is {@code report-verb}.
     *
     * @param constant the constant
     * @return its id
     */
    public static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds the constant with an id.
     *
     * @param <E> the enum
     * @param values the enum's constants
     * @param id how a constant gives its id
     * @param wanted the id to find
     * @return the constant, or empty
     */
    public static <E> Optional<E> find(E[] values, Function<E, String> id, String wanted) {
        return Arrays.stream(values).filter(value -> id.apply(value).equals(wanted)).findFirst();
    }

    /**
     * Lists the ids, for error messages.
     *
     * @param <E> the enum
     * @param values the enum's constants
     * @param id how a constant gives its id
     * @return the ids separated by commas
     */
    public static <E> String join(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
