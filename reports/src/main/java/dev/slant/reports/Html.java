package dev.slant.reports;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping and colours shared by the HTML writers. */
final class Html {

    private Html() {}

    /** Escapes text for an element's content or a quoted attribute value. */
    static String esc(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    /**
     * The background of a valence in [-1, 1]: red for negative, blue for positive, stronger with
     * the magnitude; nearly transparent near 0.
     */
    static String valenceColour(double valence) {
        double v = Math.max(-1, Math.min(1, valence));
        double alpha = 0.08 + 0.62 * Math.abs(v);
        String rgb = v < 0 ? "214,39,40" : "31,119,180";
        return "rgba(" + rgb + "," + Numbers.text(alpha) + ")";
    }

    /** The background of a share in [0, 1] in a heat map: white to deep indigo. */
    static String shareColour(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 - s * (255 - 49));
        int g = (int) Math.round(255 - s * (255 - 46));
        int b = (int) Math.round(255 - s * (255 - 120));
        return "rgb(" + r + "," + g + "," + b + ")";
    }

    /** Text that stays readable on {@link #shareColour}. */
    static String shareText(double share) {
        return share > 0.5 ? "#fff" : "#1b1b1f";
    }

    /** A signed number with at most 2 decimals, as the report shows valences. */
    static String signed(double value) {
        String text = String.format(java.util.Locale.ROOT, "%+.2f", value);
        return text.equals("-0.00") ? "+0.00" : text;
    }
}
