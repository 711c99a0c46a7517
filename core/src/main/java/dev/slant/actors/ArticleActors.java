package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.Stance;
import dev.slant.sentiment.EvidenceArrays;
import dev.slant.sentiment.MeanInterval;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.text.Span;
import dev.slant.voice.VoiceKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of one article and the sentiment toward the targets its user named.
 *
 * <p>The analysis keeps what it found in primitive columns (the spans of mentions, labels, cues
 * and evidence with their voices and contributions) and builds the {@link ActorFinding} objects,
 * scores and intervals included, only when {@link #actors} is read: an article's actors cost a
 * few arrays, not hundreds of small objects, and a caller who reads some of them or none pays
 * for no more. Immutable and thread-safe.
 */
public final class ArticleActors {
    /** No actors and no targets. */
    public static final ArticleActors NONE = targetsOnly(List.of());

    private static final MentionKind[] KINDS = MentionKind.values();
    private static final Stance[] STANCES = Stance.values();
    private static final VoiceKind[] VOICES = VoiceKind.values();

    private final String text;
    private final Lexicon terms;
    private final Actor[] known;
    private final SpanColumns foundNames;
    private final SpanColumns mentions;
    private final SpanColumns labels;
    private final SpanColumns statements;
    private final SpanColumns evidence;
    private final List<TargetSentiment> targets;

    /**
     * Creates the actors of a text from their columns.
     *
     * @param known each actor of the catalog, null for one found in the text
     * @param foundNames the words of each found actor, with 1 as code for a person
     */
    ArticleActors(String text, Lexicon terms, Actor[] known, SpanColumns foundNames, SpanColumns mentions,
            SpanColumns labels, SpanColumns statements, SpanColumns evidence, List<TargetSentiment> targets) {
        this.text = checkNotNull(text, "text");
        this.terms = terms;
        this.known = known;
        this.foundNames = foundNames;
        this.mentions = mentions;
        this.labels = labels;
        this.statements = statements;
        this.evidence = evidence;
        this.targets = List.copyOf(targets);
    }

    /** No actors, and the given targets' results. */
    static ArticleActors targetsOnly(List<TargetSentiment> targets) {
        return new ArticleActors("", null, new Actor[0], SpanColumns.EMPTY, SpanColumns.EMPTY, SpanColumns.EMPTY,
                SpanColumns.EMPTY, SpanColumns.EMPTY, targets);
    }

    /**
     * Returns the actors, in order of first mention, each built when it is read.
     *
     * @return an immutable list
     */
    public List<ActorFinding> actors() {
        return new AbstractList<>() {
            @Override
            public ActorFinding get(int a) {
                return finding(a);
            }

            @Override
            public int size() {
                return known.length;
            }
        };
    }

    /**
     * Returns one result per target, in the order given.
     *
     * @return an immutable list
     */
    public List<TargetSentiment> targets() {
        return targets;
    }

    private ActorFinding finding(int a) {
        Map<VoiceKind, SentimentEstimate> byVoice = new EnumMap<>(VoiceKind.class);
        for (int i = evidence.from(a); i < evidence.to(a); i++) {
            byVoice.computeIfAbsent(evidence.voice(i), voice -> estimate(a, voice));
        }
        return new ActorFinding(actor(a), mentions(a), estimate(a, null), byVoice, labels(a), statements(a));
    }

    private Actor actor(int a) {
        if (known[a] != null) {
            return known[a];
        }
        int name = foundNames.from(a);
        return FoundNames.actor(text, foundNames.start(name), foundNames.end(name), foundNames.code(name) == 1);
    }

    private List<Mention> mentions(int a) {
        List<Mention> list = new ArrayList<>(mentions.to(a) - mentions.from(a));
        for (int i = mentions.from(a); i < mentions.to(a); i++) {
            Span span = new Span(mentions.start(i), mentions.end(i));
            list.add(new Mention(span, span.textOf(text), KINDS[mentions.code(i)], mentions.voice(i)));
        }
        return list;
    }

    private List<LabelChoice> labels(int a) {
        List<LabelChoice> list = new ArrayList<>(labels.to(a) - labels.from(a));
        for (int i = labels.from(a); i < labels.to(a); i++) {
            Span span = new Span(labels.start(i), labels.end(i));
            LexiconEntry label = terms.entry(labels.code(i));
            list.add(new LabelChoice(span, span.textOf(text), label.label(), label.valence(), labels.voice(i)));
        }
        return list;
    }

    private List<StatementCue> statements(int a) {
        List<StatementCue> list = new ArrayList<>(statements.to(a) - statements.from(a));
        for (int i = statements.from(a); i < statements.to(a); i++) {
            Span span = new Span(statements.start(i), statements.end(i));
            list.add(new StatementCue(span, span.textOf(text), STANCES[statements.code(i)].id()));
        }
        return list;
    }

    /** The estimate of actor {@code a} in one voice, or in all ({@code voice} null), with its evidence. */
    private SentimentEstimate estimate(int a, VoiceKind voice) {
        MeanInterval interval = new MeanInterval();
        for (int i = evidence.from(a); i < evidence.to(a); i++) {
            if (voice == null || evidence.voice(i) == voice) {
                interval.add(evidence.value(i));
            }
        }
        int size = interval.count();
        if (size == 0) {
            return SentimentEstimate.NONE;
        }
        int[] starts = new int[size];
        int[] ends = new int[size];
        double[] values = new double[size];
        int n = 0;
        for (int i = evidence.from(a); i < evidence.to(a); i++) {
            if (voice == null || evidence.voice(i) == voice) {
                starts[n] = evidence.start(i);
                ends[n] = evidence.end(i);
                values[n] = evidence.value(i);
                n++;
            }
        }
        return SentimentEstimate.of(interval, new EvidenceArrays(text, starts, ends, values));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleActors that && actors().equals(that.actors()) && targets.equals(that.targets);
    }

    @Override
    public int hashCode() {
        return 31 * known.length + targets.hashCode();
    }

    @Override
    public String toString() {
        return "ArticleActors[" + known.length + " actors, " + targets.size() + " targets]";
    }
}
