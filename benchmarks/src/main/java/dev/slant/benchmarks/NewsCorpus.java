package dev.slant.benchmarks;

import dev.slant.text.Span;
import dev.slant.text.StructureScanner;
import dev.slant.text.TextStructure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic news-like text of any size, for measuring how cost grows with length: sentences
 * of the seed articles, sentences that carry lexicon phrases, and quotations with their speakers,
 * mixed roughly as in wire copy (about one sentence in five quotes someone), in paragraphs.
 */
public final class NewsCorpus {
    private static final String[] SPEAKERS = {"Putin", "Erdogan", "a senior Turkish official", "the Kremlin spokesman",
            "the foreign minister", "Peskov", "a United Nations spokesman", "the Syrian army"};
    private static final String[] VERBS = {"said", "told reporters", "added", "claimed", "stressed", "alleged"};
    private static final String[] FRAMES = {"The offensive against %s continued on Tuesday.",
            "Officials said %s had withdrawn from the area overnight.",
            "Residents described %s moving through the town.",
            "The statement blamed %s for the attack on the checkpoint."};

    private NewsCorpus() {}

    /**
     * Generates a text of at least {@code bytes} UTF-8 bytes.
     *
     * @param bytes the size to reach
     * @param phrases lexicon phrases to weave in
     * @param seed the random seed; the same seed gives the same text
     * @return the text
     */
    public static String generate(int bytes, List<String> phrases, long seed) {
        List<String> sentences = seedSentences();
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(bytes + 256);
        int written = 0;
        while (written < bytes) {
            int paragraphStart = text.length();
            int sentencesInParagraph = 1 + random.nextInt(3);
            for (int s = 0; s < sentencesInParagraph; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(sentence(random, sentences, phrases));
            }
            text.append("\n\n");
            written += utf8Length(text, paragraphStart);
        }
        return text.toString();
    }

    private static String sentence(Random random, List<String> sentences, List<String> phrases) {
        int kind = random.nextInt(20);
        if (kind < 4) {
            String quote = sentences.get(random.nextInt(sentences.size()));
            String body = quote.endsWith(".") ? quote.substring(0, quote.length() - 1) : quote;
            return "\"" + body + ",\" " + SPEAKERS[random.nextInt(SPEAKERS.length)] + " "
                    + VERBS[random.nextInt(VERBS.length)] + ".";
        }
        if (kind < 9 && !phrases.isEmpty()) {
            String phrase = phrases.get(random.nextInt(phrases.size()));
            return String.format(java.util.Locale.ROOT, FRAMES[random.nextInt(FRAMES.length)], phrase);
        }
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static List<String> seedSentences() {
        List<String> sentences = new ArrayList<>();
        for (String seed : SeedCorpus.texts()) {
            TextStructure structure = StructureScanner.standard().scan(seed);
            for (Span sentence : structure.sentences()) {
                String words = String.join(" ", sentence.textOf(seed).split("\\s+"));
                if (words.length() > 40 && words.endsWith(".")) {
                    sentences.add(words);
                }
            }
        }
        return sentences;
    }

    private static int utf8Length(CharSequence text, int from) {
        return text.subSequence(from, text.length()).toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
