package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.sentiment.Evidence;
import dev.slant.sentiment.SentimentEstimate;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.Target;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.sentiment.ValenceBuffer;
import dev.slant.text.Span;
import dev.slant.text.StructureBuffer;
import dev.slant.voice.VoiceKind;
import dev.slant.voice.VoiceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actors of an article and the sentiment toward each, and scores the targets a user
 * named.
 *
 * <p>Evidence toward an actor comes from the valence words near each of its mentions, weighted as
 * {@link SentimentScorer#evidence} says, and from the valence of the labels chosen for it. A
 * word that is itself part of a mention (another actor's label, say) is no evidence toward
 * anyone else; a word near two mentions of one actor counts once, with its larger weight. Each
 * piece of evidence has the voice of the place where it stands, so the narrator's portrayal of an
 * actor and that of the sources it quotes are scored apart. Built once, immutable and
 * thread-safe; each thread reuses its own scratch buffers.
 */
public final class ActorAnalyzer {
    private final ActorCatalog catalog;
    private final Lexicon terms;
    private final SentimentScorer scorer;
    private final AttributionHook attribution;
    private final ThreadLocal<Scratch> scratch;

    /**
     * Creates an analyzer.
     *
     * @param catalog the actors
     * @param terms the term lexicon whose matches the analyzer will be given, for the labels' concepts
     * @param scorer the sentiment scorer
     * @param attribution where attribution adds pronoun mentions and statement cues; {@link AttributionHook#NONE} for none
     */
    public ActorAnalyzer(ActorCatalog catalog, Lexicon terms, SentimentScorer scorer, AttributionHook attribution) {
        this.catalog = checkNotNull(catalog, "catalog");
        this.terms = checkNotNull(terms, "terms");
        this.scorer = checkNotNull(scorer, "scorer");
        this.attribution = checkNotNull(attribution, "attribution");
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /** One thread's buffers. */
    private final class Scratch {
        final ValenceBuffer valence = new ValenceBuffer();
        final MentionResolver mentions = new MentionResolver(catalog, terms);
        final LabelEvidence labels = new LabelEvidence();
        int[] tokenActor = new int[64];
    }

    /**
     * Returns the actors.
     *
     * @return the catalog
     */
    public ActorCatalog catalog() {
        return catalog;
    }

    /**
     * Returns the sentiment scorer.
     *
     * @return the scorer
     */
    public SentimentScorer scorer() {
        return scorer;
    }

    /**
     * Analyses one scanned text whose terms are matched and whose voices are prepared. Never
     * throws on any text; a bad target gets its problem in its result.
     *
     * @param text the scanned text
     * @param termMatches the term lexicon's matches in it
     * @param voices the voice map prepared for it
     * @param targets the spans the user asks about, possibly none
     * @return the actors and the targets' sentiment
     */
    public ArticleActors analyze(StructureBuffer text, MatchBuffer termMatches, VoiceMap voices, List<Target> targets) {
        Scratch work = scratch.get();
        scorer.score(text, work.valence);
        List<MentionResolver.Found> found = work.mentions.resolve(text, termMatches);
        addAttributedMentions(text, work, found);
        int[] tokenActor = markMentions(text, work, found);
        LabelEvidence labels = work.labels;
        labels.collect(termMatches, terms, tokenActor, text.tokenCount());
        Map<Integer, Accumulator> byActor = new LinkedHashMap<>();
        CharSequence chars = text.text();
        for (MentionResolver.Found mention : found) {
            Accumulator actor = byActor.computeIfAbsent(mention.actor, a -> new Accumulator());
            Span span = new Span(text.tokenStart(mention.first), text.tokenEnd(mention.end - 1));
            VoiceKind voice = voiceOf(voices, span);
            actor.mentions.add(new Mention(span, span.textOf(chars), mention.kind, voice));
            scorer.evidence(text, work.valence, mention.first, mention.end, (from, to, contribution) -> {
                if (tokenActor[from] < 0 && !labels.covers(from)) {
                    actor.add(from, text.tokenStart(from), text.tokenEnd(to - 1), contribution);
                }
            });
            addLabelEvidence(text, work, mention, actor);
            if (mention.labelEntry >= 0) {
                LexiconEntry label = terms.entry(mention.labelEntry);
                Span labelSpan = new Span(text.tokenStart(mention.labelFirst), text.tokenEnd(mention.labelEnd - 1));
                actor.labels.add(new LabelChoice(labelSpan, labelSpan.textOf(chars), label.label(), label.valence(),
                        voiceOf(voices, labelSpan)));
                if (label.valence() != 0) {
                    actor.add(mention.labelFirst, labelSpan.start(), labelSpan.end(), label.valence());
                }
            }
        }
        Map<String, List<StatementCue>> cues = statementCues(text);
        List<ActorFinding> findings = new ArrayList<>(byActor.size());
        byActor.forEach((index, actor) -> {
            Actor who = work.mentions.actor(index);
            findings.add(actor.finding(who, chars, voices, cues.getOrDefault(who.id(), List.of())));
        });
        List<TargetSentiment> scored = new ArrayList<>(targets.size());
        for (Target target : targets) {
            scored.add(scorer.target(text, work.valence, target.start(), target.end()));
        }
        return new ArticleActors(findings, scored);
    }

    /** The valence of the labels in the mention's sentence that name no actor, weighted like valence words. */
    private void addLabelEvidence(StructureBuffer text, Scratch work, MentionResolver.Found mention,
            Accumulator actor) {
        int sentence = work.valence.sentenceOf(mention.first);
        if (sentence < 0) {
            return;
        }
        LabelEvidence labels = work.labels;
        int stop = Math.min(text.sentenceEndToken(sentence), mention.end + SentimentScorer.MAX_REACH);
        int start = Math.max(text.sentenceFirstToken(sentence), mention.first - SentimentScorer.MAX_REACH);
        for (int l = labels.firstFrom(start); l < labels.count && labels.first[l] < stop; l++) {
            double weight = scorer.weight(text, work.valence, mention.first, mention.end, labels.first[l], labels.end[l]);
            if (weight > 0) {
                actor.add(labels.first[l], text.tokenStart(labels.first[l]), text.tokenEnd(labels.end[l] - 1),
                        weight * labels.valence[l]);
            }
        }
    }

    private void addAttributedMentions(StructureBuffer text, Scratch work, List<MentionResolver.Found> found) {
        List<MentionResolver.Found> added = new ArrayList<>();
        attribution.resolveMentions(text, (first, end, actorId) -> {
            int actor = catalog.indexOf(actorId);
            if (actor >= 0 && first >= 0 && first < end && end <= text.tokenCount()) {
                added.add(new MentionResolver.Found(first, end, actor, MentionKind.NAME));
            }
        });
        if (!added.isEmpty()) {
            found.addAll(added);
            found.sort(Comparator.comparingInt(f -> f.first));
        }
    }

    private Map<String, List<StatementCue>> statementCues(StructureBuffer text) {
        Map<String, List<StatementCue>> cues = new HashMap<>();
        attribution.statementCues(text, (actorId, first, end, stance) -> {
            if (first >= 0 && first < end && end <= text.tokenCount()) {
                Span span = new Span(text.tokenStart(first), text.tokenEnd(end - 1));
                cues.computeIfAbsent(actorId, id -> new ArrayList<>())
                        .add(new StatementCue(span, span.textOf(text.text()), stance));
            }
        });
        return cues;
    }

    /** Marks each token of a mention with its actor, -1 elsewhere. */
    private static int[] markMentions(StructureBuffer text, Scratch work, List<MentionResolver.Found> found) {
        int count = text.tokenCount();
        if (work.tokenActor.length < count) {
            work.tokenActor = new int[Math.max(count, work.tokenActor.length * 2)];
        }
        int[] tokenActor = work.tokenActor;
        Arrays.fill(tokenActor, 0, count, -1);
        for (MentionResolver.Found mention : found) {
            Arrays.fill(tokenActor, mention.first, mention.end, mention.actor);
        }
        return tokenActor;
    }

    private static VoiceKind voiceOf(VoiceMap voices, Span span) {
        return voices.kindOf(voices.voiceCode(span.start(), span.end()));
    }

    /** The mentions, labels and evidence of one actor while an article is read. */
    private static final class Accumulator {
        final List<Mention> mentions = new ArrayList<>();
        final List<LabelChoice> labels = new ArrayList<>();
        /** Evidence by first token: one word counts once, with its largest weight. */
        final Map<Integer, double[]> evidence = new HashMap<>();

        void add(int firstToken, int start, int end, double contribution) {
            double[] present = evidence.get(firstToken);
            if (present == null) {
                evidence.put(firstToken, new double[] {start, end, contribution});
            } else if (Math.abs(contribution) > Math.abs(present[2])) {
                present[2] = contribution;
            }
        }

        ActorFinding finding(Actor actor, CharSequence text, VoiceMap voices, List<StatementCue> cues) {
            List<double[]> items = new ArrayList<>(evidence.values());
            items.sort(Comparator.comparingDouble(item -> item[0]));
            List<Evidence> all = new ArrayList<>(items.size());
            Map<VoiceKind, List<Evidence>> split = new EnumMap<>(VoiceKind.class);
            for (double[] item : items) {
                Span span = new Span((int) item[0], (int) item[1]);
                Evidence piece = new Evidence(span, span.textOf(text), item[2]);
                all.add(piece);
                split.computeIfAbsent(voiceOf(voices, span), v -> new ArrayList<>()).add(piece);
            }
            Map<VoiceKind, SentimentEstimate> byVoice = new EnumMap<>(VoiceKind.class);
            split.forEach((voice, pieces) -> byVoice.put(voice, SentimentEstimate.of(pieces)));
            return new ActorFinding(actor, mentions, SentimentEstimate.of(all), byVoice, labels, cues);
        }
    }
}
