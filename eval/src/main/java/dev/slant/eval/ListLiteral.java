package dev.slant.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Python list literal of strings, as BABE writes its {@code biased_words}:
 * {@code ['criminals', "people's", '"held"']}. Strings may be single- or double-quoted, with
 * backslash escapes.
 */
final class ListLiteral {
    private final String text;
    private int at;

    private ListLiteral(String text) {
        this.text = text;
    }

    /**
     * Parses a list literal.
     *
     * @param text the literal
     * @return its strings, in order
     * @throws IllegalArgumentException if the text is not a list of string literals
     */
    static List<String> parse(String text) {
        return new ListLiteral(text).list();
    }

    private List<String> list() {
        List<String> items = new ArrayList<>();
        skipSpaces();
        expect('[');
        skipSpaces();
        if (peek() == ']') {
            at++;
        } else {
            while (true) {
                items.add(string());
                skipSpaces();
                char next = peek();
                at++;
                if (next == ']') {
                    break;
                }
                if (next != ',') {
                    throw error("expected ',' or ']'");
                }
                skipSpaces();
            }
        }
        skipSpaces();
        if (at != text.length()) {
            throw error("expected the end after ']'");
        }
        return items;
    }

    private String string() {
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw error("expected a quoted string");
        }
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = peek();
            at++;
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                char escaped = peek();
                at++;
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else {
                out.append(c);
            }
        }
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException(expected + " at column " + (at + 1) + " of " + text);
    }
}
