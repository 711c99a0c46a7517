package dev.slant.actors;

import dev.slant.lexicon.Origin;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names of one text that no pack knows, as the character spans of their words ("Hamza Bin
 * Laden"), until someone asks for their {@link Actor}: a found name costs two integers while the
 * text is analysed. Reusable through {@link #clear}; not thread-safe.
 */
final class FoundNames {
    private static final Origin FOUND_IN_TEXT = new Origin("text", "the article", 0);

    private int count;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private boolean[] person = new boolean[16];

    void clear() {
        count = 0;
    }

    /** Adds a name whose words span {@code [nameStart, nameEnd)}, and returns its index. */
    int add(int nameStart, int nameEnd, boolean isPerson) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            person = Arrays.copyOf(person, count * 2);
        }
        start[count] = nameStart;
        end[count] = nameEnd;
        person[count] = isPerson;
        return count++;
    }

    int size() {
        return count;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    boolean isPerson(int i) {
        return person[i];
    }

    /**
     * The actor of a found name: its words with single spaces between them as its name and
     * alias, and {@code found/} and the words in lower case, joined by hyphens, as its id.
     */
    static Actor actor(CharSequence text, int start, int end, boolean person) {
        StringBuilder name = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                name.append(c);
            } else if (name.charAt(name.length() - 1) != ' ') {
                name.append(' ');
            }
        }
        String words = name.toString();
        String id = "found/" + words.toLowerCase(Locale.ROOT).replace(' ', '-');
        return new Actor(id, words, person ? ActorType.PERSON : ActorType.UNKNOWN, List.of(words), List.of(),
                List.of(), FOUND_IN_TEXT);
    }
}
