package dev.slant.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void everyLineBreakEndsALine() {
        assertEquals(List.of("a", "b", "c", "", "d"), TextLines.of("a\nb\r\nc\r\rd"));
    }

    @Test
    void aFinalBreakLeavesAnEmptyLine() {
        assertEquals(List.of("a", ""), TextLines.of("a\n"));
        assertEquals(List.of(""), TextLines.of(""));
    }

    @Test
    void itCutsAsTheRegularExpressionDid() {
        String content = "@name x\r\n\n# c\rword | label\r\n";
        assertEquals(List.of(content.split("\r?\n|\r", -1)), TextLines.of(content));
    }
}
