package dev.slant.internal;

import java.util.Locale;

/** Argument checks with Guava's {@code checkArgument} semantics, formatted with {@link Locale#ROOT}. */
public final class Checks {
    private Checks() {}

    /**
     * Throws {@link IllegalArgumentException} with a formatted message when {@code condition} is false.
     *
     * @param condition the condition that must hold
     * @param template a {@link String#format} template
     * @param args the template's arguments
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void checkArgument(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
        }
    }

    /**
     * As {@link #checkArgument(boolean, String, Object...)}, without allocating when the check passes.
     *
     * @param condition the condition that must hold
     * @param template a {@link String#format} template
     * @param arg the template's argument
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void checkArgument(boolean condition, String template, int arg) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, arg));
        }
    }

    /**
     * As {@link #checkArgument(boolean, String, Object...)}, without allocating when the check passes.
     *
     * @param condition the condition that must hold
     * @param template a {@link String#format} template
     * @param first the template's first argument
     * @param second the template's second argument
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void checkArgument(boolean condition, String template, int first, int second) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, first, second));
        }
    }

    /**
     * Returns {@code value}, or throws {@link NullPointerException} naming it when it is null.
     *
     * @param <T> the value's type
     * @param value the value to check
     * @param name the name of the value, for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> T checkNotNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }
}
