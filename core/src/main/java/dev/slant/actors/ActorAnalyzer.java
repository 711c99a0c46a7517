package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.attribution.AttributionFinder;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.sentiment.EvidenceSink;
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
    private final boolean findActors;
    private final ThreadLocal<Scratch> scratch;

    /**
     * Creates an analyzer.
     *
     * @param catalog the actors
     * @param terms the term lexicon whose matches the analyzer will be given, for the labels' concepts
     * @param scorer the sentiment scorer
     * @param findActors whether to find actors at all; without, only targets are scored, and a
     *     text without targets costs nothing here
     */
    public ActorAnalyzer(ActorCatalog catalog, Lexicon terms, SentimentScorer scorer, boolean findActors) {
        this.catalog = checkNotNull(catalog, "catalog");
        this.terms = checkNotNull(terms, "terms");
        this.scorer = checkNotNull(scorer, "scorer");
        this.findActors = findActors;
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /** One thread's buffers. */
    private final class Scratch {
        final ValenceBuffer valence = new ValenceBuffer();
        final MentionResolver mentions = new MentionResolver(catalog, terms);
        final LabelEvidence labels = new LabelEvidence();
        final EvidenceTable evidence = new EvidenceTable();
        final TokenVoices voices = new TokenVoices();
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
     * Analyses one scanned text whose terms are matched, whose voices are prepared and whose
     * attributions are found. Never throws on any text; a bad target gets its problem in its
     * result. Attribution adds what only it knows: the pronouns that stand for a speaker ("he
     * said"), the reported voice of a paraphrase, and the cues that introduce each actor's
     * statements.
     *
     * @param text the scanned text
     * @param termMatches the term lexicon's matches in it
     * @param voices the voice map prepared for it
     * @param attributions the attributions found in it
     * @param targets the spans the user asks about, possibly none
     * @return the actors and the targets' sentiment
     */
    public ArticleActors analyze(StructureBuffer text, MatchBuffer termMatches, VoiceMap voices,
            AttributionFinder attributions, List<Target> targets) {
        if (!findActors && targets.isEmpty()) {
            return ArticleActors.NONE;
        }
        Scratch work = scratch.get();
        scorer.score(text, work.valence);
        if (!findActors) {
            return new ArticleActors(List.of(), scoreTargets(text, work, targets));
        }
        List<MentionResolver.Found> found = work.mentions.resolve(text, termMatches);
        int[] tokenActor = markMentions(text, work, found);
        if (addPronounMentions(attributions, tokenActor, found)) {
            found.sort(Comparator.comparingInt(f -> f.first));
        }
        work.labels.collect(text, termMatches, terms, tokenActor);
        work.voices.begin(voices, attributions, text.tokenCount());
        Map<Integer, List<MentionResolver.Found>> byActor = new LinkedHashMap<>();
        for (MentionResolver.Found mention : found) {
            byActor.computeIfAbsent(mention.actor, a -> new ArrayList<>()).add(mention);
        }
        Map<Integer, List<StatementCue>> cues = statementCues(text, attributions, tokenActor);
        List<ActorFinding> findings = new ArrayList<>(byActor.size());
        byActor.forEach((index, mentions) -> findings.add(finding(text, voices, attributions, work,
                work.mentions.actor(index), mentions, cues.getOrDefault(index, List.of()))));
        return new ArticleActors(findings, scoreTargets(text, work, targets));
    }

    private List<TargetSentiment> scoreTargets(StructureBuffer text, Scratch work, List<Target> targets) {
        List<TargetSentiment> scored = new ArrayList<>(targets.size());
        for (Target target : targets) {
            scored.add(scorer.target(text, work.valence, target.start(), target.end()));
        }
        return scored;
    }

    /**
     * Adds and marks a mention for each pronoun source whose antecedent names an actor ("he said"
     * after "Vladimir Putin said").
     *
     * @return whether a mention was added
     */
    private static boolean addPronounMentions(AttributionFinder attributions, int[] tokenActor,
            List<MentionResolver.Found> found) {
        boolean added = false;
        for (int a = 0; a < attributions.size(); a++) {
            int actor = attributions.hasPronounSource(a)
                    ? actorIn(tokenActor, attributions.nameFirstToken(a), attributions.nameEndToken(a)) : -1;
            if (actor >= 0) {
                found.add(new MentionResolver.Found(attributions.sourceFirstToken(a), attributions.sourceEndToken(a),
                        actor, MentionKind.PRONOUN));
                Arrays.fill(tokenActor, attributions.sourceFirstToken(a), attributions.sourceEndToken(a), actor);
                added = true;
            }
        }
        return added;
    }

    /** The cues that introduce each actor's statements, by actor index: the actor of the source's name. */
    private static Map<Integer, List<StatementCue>> statementCues(StructureBuffer text, AttributionFinder attributions,
            int[] tokenActor) {
        Map<Integer, List<StatementCue>> cues = new HashMap<>();
        for (int a = 0; a < attributions.size(); a++) {
            int actor = actorOfSource(attributions, a, tokenActor);
            if (actor >= 0) {
                Span span = new Span(text.tokenStart(attributions.cueFirstToken(a)),
                        text.tokenEnd(attributions.cueEndToken(a) - 1));
                cues.computeIfAbsent(actor, i -> new ArrayList<>())
                        .add(new StatementCue(span, span.textOf(text.text()), attributions.stance(a).id()));
            }
        }
        return cues;
    }

    /** The actor a source stands for: the one mentioned in its phrase, else in the name it resolves to, or -1. */
    private static int actorOfSource(AttributionFinder attributions, int a, int[] tokenActor) {
        int actor = actorIn(tokenActor, attributions.sourceFirstToken(a), attributions.sourceEndToken(a));
        return actor >= 0 ? actor : actorIn(tokenActor, attributions.nameFirstToken(a), attributions.nameEndToken(a));
    }

    /** The actor of the last mentioned token of {@code [first, end)} (a name's head: "Putin" of "Vladimir Putin"), or -1. */
    private static int actorIn(int[] tokenActor, int first, int end) {
        for (int t = end - 1; t >= first && t >= 0; t--) {
            if (tokenActor[t] >= 0) {
                return tokenActor[t];
            }
        }
        return -1;
    }

    /** Marks each token of a mention, and of the label attached to it, with its actor; -1 elsewhere. */
    private static int[] markMentions(StructureBuffer text, Scratch work, List<MentionResolver.Found> found) {
        int count = text.tokenCount();
        if (work.tokenActor.length < count) {
            work.tokenActor = new int[Math.max(count, work.tokenActor.length * 2)];
        }
        int[] tokenActor = work.tokenActor;
        Arrays.fill(tokenActor, 0, count, -1);
        for (MentionResolver.Found mention : found) {
            Arrays.fill(tokenActor, mention.first, mention.end, mention.actor);
            if (mention.labelEntry >= 0) { // the label's words are about this actor too
                Arrays.fill(tokenActor, mention.labelFirst, mention.labelEnd, mention.actor);
            }
        }
        return tokenActor;
    }


    /** Reads the mentions of one actor: its mentions, labels and evidence, and the estimates by voice. */
    private ActorFinding finding(StructureBuffer text, VoiceMap voices, AttributionFinder attributions, Scratch work,
            Actor actor, List<MentionResolver.Found> found, List<StatementCue> statements) {
        CharSequence chars = text.text();
        int[] tokenActor = work.tokenActor;
        LabelEvidence labels = work.labels;
        EvidenceTable evidence = work.evidence;
        evidence.begin(text.tokenCount());
        EvidenceSink sink = (from, to, contribution) -> {
            // a label's tokens are covered by the label itself; a valence word inside it is not counted twice
            if (tokenActor[from] < 0 && (!labels.covers(from) || labels.startsAt(from, to))) {
                evidence.add(from, text.tokenStart(from), text.tokenEnd(to - 1), contribution);
            }
        };
        List<Mention> mentions = new ArrayList<>(found.size());
        List<LabelChoice> chosen = new ArrayList<>();
        for (MentionResolver.Found mention : found) {
            Span span = new Span(text.tokenStart(mention.first), text.tokenEnd(mention.end - 1));
            mentions.add(new Mention(span, span.textOf(chars), mention.kind,
                    TokenVoices.voiceOf(voices, attributions, mention.first, span.start(), span.end())));
            scorer.evidence(text, work.valence, labels, mention.first, mention.end, sink);
            if (mention.labelEntry >= 0) {
                LexiconEntry label = terms.entry(mention.labelEntry);
                Span labelSpan = new Span(text.tokenStart(mention.labelFirst), text.tokenEnd(mention.labelEnd - 1));
                chosen.add(new LabelChoice(labelSpan, labelSpan.textOf(chars), label.label(), label.valence(),
                        TokenVoices.voiceOf(voices, attributions, mention.labelFirst, labelSpan.start(), labelSpan.end())));
                if (label.valence() != 0) {
                    evidence.add(mention.labelFirst, labelSpan.start(), labelSpan.end(), label.valence());
                }
            }
        }
        EvidenceTable.Estimates estimates = evidence.estimates(chars, work.voices);
        return new ActorFinding(actor, mentions, estimates.all(), estimates.byVoice(), chosen, statements);
    }
}
