package dev.slant.actors;

import dev.slant.internal.FieldLine;
import dev.slant.internal.TextLines;
import dev.slant.lexicon.LexiconException;
import dev.slant.lexicon.Origin;
import dev.slant.lexicon.PackHeader;
import dev.slant.lexicon.PackInfo;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import dev.slant.text.TokenKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the actor pack format documented in {@code docs/actor-packs.md}, failing fast on the
 * first problem with a {@link LexiconException} that names the source, line and column.
 */
public final class ActorPackParser {
    private static final List<String> HEADER_KEYS =
            List.of("name", "version", "language", "license", "source", "description");
    private static final List<String> FIELD_KEYS = List.of("name", "type", "aliases", "roles", "concepts");

    private ActorPackParser() {}

    /**
     * Reads a pack from a file.
     *
     * @param file the file, UTF-8
     * @return the pack
     * @throws LexiconException if the file is missing, unreadable or invalid
     */
    public static ActorPack parse(Path file) {
        String source = file.toString();
        try {
            return parse(source, Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new LexiconException(source, 0, 0, "no such actor pack file");
        } catch (IOException e) {
            throw new LexiconException(source, 0, 0, "cannot read the actor pack file: " + e.getMessage());
        }
    }

    /**
     * Reads a pack from a stream, such as a class path resource.
     *
     * @param source the name errors should give for it
     * @param in the stream, UTF-8; closed by this method
     * @return the pack
     * @throws LexiconException if the stream is invalid
     * @throws UncheckedIOException if reading fails
     */
    public static ActorPack parse(String source, InputStream in) {
        try (in) {
            return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads a pack from its text.
     *
     * @param source the name errors should give for it
     * @param content the pack's text
     * @return the pack
     * @throws LexiconException if the text is invalid
     */
    public static ActorPack parse(String source, String content) {
        return new Reading(source).read(content);
    }

    /** Tells whether an id is lower-case letters, digits, '-', '.', '/', starting with a letter or digit. */
    static boolean isId(String id) {
        if (id.isEmpty() || !isIdStart(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isIdStart(c) && c != '-' && c != '.' && c != '/' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdStart(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The state of reading one pack. */
    private static final class Reading {
        private final String source;
        private final PackHeader header = new PackHeader(HEADER_KEYS);
        private final Map<String, Integer> idLine = new HashMap<>();
        private final Map<String, String> phraseOwner = new HashMap<>();
        private final List<Actor> actors = new ArrayList<>();
        private final StructureBuffer scratch = new StructureBuffer();
        private boolean entries;
        private int line;

        Reading(String source) {
            this.source = source;
        }

        ActorPack read(String content) {
            String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
            line = 0;
            for (String each : TextLines.of(text)) {
                line++;
                readLine(each);
            }
            header.requireAll("the first actor", this::error);
            PackInfo info = header.info();
            return new ActorPack(info, source, actors);
        }

        private void readLine(String text) {
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                return;
            }
            int at = text.indexOf(trimmed.charAt(0));
            if (trimmed.startsWith("@")) {
                readHeader(text, at);
            } else {
                if (!entries) {
                    header.requireAll("the first actor", this::error);
                    entries = true;
                }
                readActor(text, at);
            }
        }

        private void readHeader(String text, int at) {
            if (entries) {
                throw error(at, "header " + PackHeader.wordAt(text, at) + " after the first actor; headers come first");
            }
            header.read(text, at, line, this::error);
        }

        private void readActor(String text, int at) {
            FieldLine fields = FieldLine.parse(text, at, this::error);
            String id = fields.first();
            if (!isId(id)) {
                throw error(at, "actor id must be lower-case letters, digits, '-', '.', '_', '/', found '" + id + "'");
            }
            if (idLine.containsKey(id)) {
                throw error(at, "duplicate actor '" + id + "'; first defined at line " + idLine.get(id));
            }
            String name = null;
            ActorType type = null;
            List<String> aliases = List.of();
            List<String> roles = List.of();
            List<String> concepts = List.of();
            for (FieldLine.Field field : fields.fields()) {
                String value = field.value();
                int valueColumn = field.valueColumn();
                switch (field.key()) {
                    case "name" -> name = value;
                    case "type" -> type = ActorType.fromId(value).orElseThrow(() -> error(valueColumn,
                            "unknown type '" + value + "'; expected one of " + ActorType.allIds()));
                    case "aliases" -> aliases = phrases(id, value, valueColumn);
                    case "roles" -> roles = phrases(id, value, valueColumn);
                    case "concepts" -> concepts = concepts(value, valueColumn);
                    default -> throw error(field.column(), "unknown key '" + field.key() + "'; expected one of "
                            + String.join(", ", FIELD_KEYS));
                }
            }
            if (name == null) {
                throw error(at, "actor '" + id + "' has no name: give name=...");
            }
            if (type == null) {
                throw error(at, "actor '" + id + "' has no type: give type=... (one of " + ActorType.allIds() + ")");
            }
            idLine.put(id, line);
            actors.add(new Actor(id, name, type, aliases, roles, concepts, new Origin(header.name(), source, line)));
        }

        /** Phrases separated by '|', each with a word, none naming two actors of this pack. */
        private List<String> phrases(String id, String value, int column) {
            List<String> phrases = new ArrayList<>();
            int from = 0;
            while (from <= value.length()) {
                int bar = value.indexOf('|', from);
                int end = bar < 0 ? value.length() : bar;
                String phrase = value.substring(from, end).strip();
                int at = column + from;
                if (phrase.isEmpty()) {
                    throw error(at, "expected a phrase between '|' separators");
                }
                if (!hasWord(phrase)) {
                    throw error(at, "phrase has no word: '" + phrase + "'");
                }
                String key = PhraseIdentity.of(phrase, scratch);
                String owner = phraseOwner.putIfAbsent(key, id);
                if (owner != null && !owner.equals(id)) {
                    throw error(at, "phrase '" + phrase + "' already names actor '" + owner + "' (line "
                            + idLine.get(owner) + ")");
                }
                phrases.add(phrase);
                from = end + 1;
            }
            return phrases;
        }

        private List<String> concepts(String value, int column) {
            List<String> concepts = new ArrayList<>();
            int from = 0;
            for (String part : value.split(",", -1)) {
                String concept = part.strip();
                if (!isId(concept)) {
                    throw error(column + from, "concept must be lower-case letters, digits, '-', '.', '/', found '"
                            + concept + "'");
                }
                concepts.add(concept);
                from += part.length() + 1;
            }
            return concepts;
        }

        private boolean hasWord(String phrase) {
            StructureScanner.standard().scan(phrase, scratch, new Diagnostics(1));
            for (int t = 0; t < scratch.tokenCount(); t++) {
                if (scratch.tokenKind(t) == TokenKind.WORD) {
                    return true;
                }
            }
            return false;
        }

        private LexiconException error(int index, String problem) {
            return new LexiconException(source, line, index + 1, problem);
        }
    }
}
