package dev.slant.benchmarks.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The classic NLP front end with Apache OpenNLP: sentence detection, tokenizing and
 * part-of-speech tagging with the English UD-EWT models that Apache publishes on Maven Central
 * ({@code org.apache.opennlp:opennlp-models-{sentdetect,tokenizer,pos}-en:1.3.0}). The models are
 * read from those jars on the class path; nothing is downloaded.
 *
 * <pre>
 * mvn -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar SentenceBaselinesBenchmark.openNlpPipeline
 * </pre>
 */
public final class OpenNlpPipeline {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    /**
     * Loads the three models from the class path.
     *
     * @throws UncheckedIOException if a model is missing or unreadable
     */
    public OpenNlpPipeline() {
        SentenceModel sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokenModel = load(TOKEN_MODEL, TokenizerModel::new);
        POSModel posModel = load(POS_MODEL, POSModel::new);
        sentences = new SentenceDetectorME(sentenceModel);
        tokenizer = new TokenizerME(tokenModel);
        tagger = new POSTaggerME(posModel);
    }

    /**
     * Splits {@code text} into sentences, tokenizes each and tags its tokens.
     *
     * @param text the text
     * @return the number of tagged tokens
     */
    public int tag(String text) {
        int tagged = 0;
        for (String sentence : sentences.sentDetect(text)) {
            tagged += tagger.tag(tokenizer.tokenize(sentence)).length;
        }
        return tagged;
    }

    /** Reads a model from a stream. */
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no OpenNLP model " + resource + " on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
