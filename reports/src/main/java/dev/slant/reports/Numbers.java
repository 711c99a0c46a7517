package dev.slant.reports;

/** The rounding every writer of this package applies, so that JSON, CSV and HTML agree. */
final class Numbers {

    private Numbers() {}

    /** Rounds to 4 decimal places, half up; infinities and NaN pass through. */
    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    /** Formats a rounded number for text: at most 4 decimals, no exponent, {@code Locale.ROOT}. */
    static String text(double value) {
        return java.math.BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString();
    }
}
