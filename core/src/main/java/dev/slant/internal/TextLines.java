package dev.slant.internal;

import java.util.ArrayList;
import java.util.List;

/** The lines of a file's content, for the pack parsers: no regular expression, which costs a build dearly. */
public final class TextLines {
    private TextLines() {}

    /**
     * Cuts a text into lines at {@code \r\n}, {@code \n} and {@code \r}; a text ending in a line
     * break has an empty last line, as {@code split(regex, -1)} gives.
     *
     * @param content the text
     * @return its lines, without their breaks
     */
    public static List<String> of(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = content.length();
        for (int i = 0; i < length; i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(content.substring(start, i));
                if (c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(content.substring(start));
        return lines;
    }
}
