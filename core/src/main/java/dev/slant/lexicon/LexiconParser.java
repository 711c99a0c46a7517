package dev.slant.lexicon;

import dev.slant.internal.FieldLine;
import dev.slant.internal.FieldLine.Field;
import dev.slant.internal.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the plain-text pack format documented in {@code docs/lexicon-format.md}, failing fast on
 * the first problem with a {@link LexiconException} that names the source, line and column.
 */
public final class LexiconParser {
    private static final List<String> HEADER_KEYS =
            List.of("name", "version", "language", "license", "source", "category", "inflect", "description");
    private static final List<String> FIELD_KEYS =
            List.of("category", "concept", "label", "valence", "tags", "stance", "inflect");
    private static final Pattern CONCEPT = Pattern.compile("[a-z0-9][a-z0-9._/-]*");

    private LexiconParser() {}

    /**
     * Reads a pack from a file.
     *
     * @param file the file, UTF-8
     * @return the pack
     * @throws LexiconException if the file is missing, unreadable or invalid
     */
    public static LexiconPack parse(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LexiconException(source, 0, 0, "no such lexicon file");
        } catch (IOException e) {
            throw new LexiconException(source, 0, 0, "cannot read the lexicon file: " + e.getMessage());
        }
        return parse(source, decode(source, bytes));
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
    public static LexiconPack parse(String source, InputStream in) {
        try (in) {
            return parse(source, decode(source, in.readAllBytes()));
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
    public static LexiconPack parse(String source, String content) {
        return new Reading(source).read(content);
    }

    /** Decodes strict UTF-8, naming the line and column of the first malformed byte. */
    private static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String decodedLine = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            throw new LexiconException(source, line, decodedLine.length() + 1, "malformed UTF-8 input");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The state of reading one pack. */
    private static final class Reading {
        private final String source;
        private final PackHeader header = new PackHeader(HEADER_KEYS);
        private LexiconPack.Builder pack;
        private Category defaultCategory;
        private Inflection defaultInflection = Inflection.NONE;
        private int line;

        Reading(String source) {
            this.source = source;
        }

        LexiconPack read(String content) {
            List<String> lines = TextLines.of(content);
            for (int i = 0; i < lines.size(); i++) {
                line = i + 1;
                String text = lines.get(i);
                String trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int indent = text.indexOf(trimmed.charAt(0));
                if (trimmed.startsWith("@")) {
                    readHeader(text, indent);
                } else {
                    startEntriesIfNeeded();
                    if (trimmed.startsWith("-")) {
                        readRemoval(text, indent);
                    } else {
                        readEntry(text, indent);
                    }
                }
            }
            if (pack == null) {
                line = lines.size();
                startEntriesIfNeeded();
            }
            return pack.build();
        }

        private void readHeader(String text, int at) {
            if (pack != null) {
                throw error(at, "header " + PackHeader.wordAt(text, at) + " after the first entry; headers come first");
            }
            PackHeader.Line read = header.read(text, at, line, this::error);
            switch (read.key()) {
                case "category":
                    defaultCategory = category(read.value(), read.valueColumn());
                    break;
                case "inflect":
                    defaultInflection = inflection(read.value(), read.valueColumn());
                    break;
                default:
                    break;
            }
        }

        private void startEntriesIfNeeded() {
            if (pack != null) {
                return;
            }
            header.requireAll("the first entry", this::error);
            PackInfo info = header.info();
            pack = LexiconPack.builder(info.name()).info(info).source(source);
        }

        private void readRemoval(String text, int at) {
            FieldLine fields = FieldLine.parse(text, at + 1, this::error);
            if (fields.first().isEmpty()) {
                throw error(at + 1, "expected a phrase after '-'");
            }
            Category category = defaultCategory;
            for (Field field : fields.fields()) {
                if (!field.key().equals("category")) {
                    throw error(field.column(), "a removal takes only category=..., found '" + field.key() + "'");
                }
                category = category(field.value(), field.valueColumn());
            }
            if (category == null) {
                throw error(at, "removal has no category: give category=... or a @category header");
            }
            pack.remove(new Removal(fields.first(), category, origin()));
        }

        private void readEntry(String text, int at) {
            FieldLine fields = FieldLine.parse(text, at, this::error);
            Category category = defaultCategory;
            Inflection inflection = defaultInflection;
            String concept = null;
            String label = null;
            int labelColumn = 0;
            double valence = 0;
            Set<Tag> tags = EnumSet.noneOf(Tag.class);
            Stance stance = null;
            for (Field field : fields.fields()) {
                switch (field.key()) {
                    case "category":
                        category = category(field.value(), field.valueColumn());
                        break;
                    case "concept":
                        if (!CONCEPT.matcher(field.value()).matches()) {
                            throw error(field.valueColumn(), "concept must be lower-case letters, digits, "
                                    + "'-', '.', '/', found '" + field.value() + "'");
                        }
                        concept = field.value();
                        break;
                    case "label":
                        label = field.value();
                        labelColumn = field.column();
                        break;
                    case "valence":
                        valence = valence(field);
                        break;
                    case "tags":
                        tags = tags(field);
                        break;
                    case "stance":
                        stance = stance(field.value(), field.valueColumn());
                        break;
                    case "inflect":
                        inflection = inflection(field.value(), field.valueColumn());
                        break;
                    default:
                        throw error(field.column(), "unknown key '" + field.key() + "'; expected one of "
                                + String.join(", ", FIELD_KEYS));
                }
            }
            if (category == null) {
                throw error(at, "entry has no category: give category=... or a @category header");
            }
            if (label != null && concept == null) {
                throw error(labelColumn, "label requires concept");
            }
            EntryKey key = EntryKey.of(fields.first(), category);
            if (!key.phrase().hasWord()) {
                throw error(at, "phrase has no word");
            }
            pack.add(new LexiconEntry(fields.first(), category, Optional.ofNullable(concept),
                    label == null ? fields.first() : label, valence, tags, Optional.ofNullable(stance), inflection,
                    origin()), key);
        }

        private double valence(Field field) {
            double value;
            try {
                value = Double.parseDouble(field.value());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value >= -1.0 && value <= 1.0)) {
                throw error(field.valueColumn(), "valence must be a number in [-1, 1], found '" + field.value() + "'");
            }
            return value;
        }

        private Set<Tag> tags(Field field) {
            Set<Tag> tags = EnumSet.noneOf(Tag.class);
            int column = field.valueColumn();
            for (String id : field.value().split(",", -1)) {
                String tag = id.strip();
                Optional<Tag> value = Tag.fromId(tag);
                if (value.isEmpty()) {
                    throw error(column, "unknown tag '" + tag + "'; expected one of " + Tag.allIds());
                }
                tags.add(value.get());
                column += id.length() + 1;
            }
            return tags;
        }

        private Category category(String value, int column) {
            return Category.fromId(value).orElseThrow(() ->
                    error(column, "unknown category '" + value + "'; expected one of " + Category.allIds()));
        }

        private Stance stance(String value, int column) {
            return Stance.fromId(value).orElseThrow(() ->
                    error(column, "unknown stance '" + value + "'; expected one of " + Stance.allIds()));
        }

        private Inflection inflection(String value, int column) {
            return Inflection.fromId(value).orElseThrow(() ->
                    error(column, "unknown inflection '" + value + "'; expected one of " + Inflection.allIds()));
        }

        private Origin origin() {
            return new Origin(header.name(), source, line);
        }

        private LexiconException error(int index, String problem) {
            return new LexiconException(source, line, index + 1, problem);
        }
    }
}
