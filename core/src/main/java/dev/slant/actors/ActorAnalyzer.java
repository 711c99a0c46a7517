package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.attribution.AttributionFinder;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.sentiment.EvidenceSink;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.Target;
import dev.slant.sentiment.TargetFeatures;
import dev.slant.sentiment.TargetModel;
import dev.slant.sentiment.TargetSentiment;
import dev.slant.sentiment.ValenceBuffer;
import dev.slant.text.StructureBuffer;
import dev.slant.voice.VoiceKind;
import dev.slant.voice.VoiceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    private final Optional<TargetModel> targetModel;
    private final boolean findActors;
    private static final Comparator<MentionResolver.Found> IN_TEXT_ORDER = Comparator.comparingInt(f -> f.first);

    private final ThreadLocal<Scratch> scratch;

    /**
     * Creates an analyzer.
     *
     * @param catalog the actors
     * @param terms the term lexicon whose matches the analyzer will be given, for the labels' concepts
     * @param scorer the sentiment scorer
     * @param targetModel a learned model that labels the targets instead of the scorer's thresholds, or empty
     * @param findActors whether to find actors at all; without, only targets are scored, and a
     *     text without targets costs nothing here
     */
    public ActorAnalyzer(ActorCatalog catalog, Lexicon terms, SentimentScorer scorer,
            Optional<TargetModel> targetModel, boolean findActors) {
        this.catalog = checkNotNull(catalog, "catalog");
        this.terms = checkNotNull(terms, "terms");
        this.scorer = checkNotNull(scorer, "scorer");
        this.targetModel = checkNotNull(targetModel, "targetModel");
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
        final ActorGroups groups = new ActorGroups();
        final ActorColumns columns = new ActorColumns();
        final NearbyEvidence nearby = new NearbyEvidence(this);
        int[] tokenActor = new int[64];
        int[] attributionActor = new int[16];
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
            return ArticleActors.targetsOnly(scoreTargets(text, work, targets));
        }
        List<MentionResolver.Found> found = work.mentions.resolve(text, termMatches);
        int[] tokenActor = markMentions(text, work, found);
        if (addPronounMentions(attributions, tokenActor, work.mentions, found)) {
            found.sort(IN_TEXT_ORDER);
        }
        work.labels.collect(text, termMatches, terms, tokenActor);
        work.voices.begin(voices, attributions, text.tokenCount());
        ActorGroups groups = work.groups;
        groups.group(found, work.mentions.actorCount());
        groups.groupStatements(sourceActors(attributions, work), attributions.size());
        work.evidence.begin();
        work.nearby.text = text;
        for (MentionResolver.Found mention : found) { // in text order, where the text's arrays stay in the cache
            readMention(text, voices, attributions, work, mention);
        }
        work.nearby.text = null;
        work.evidence.groupByRank(groups.size());
        ActorColumns columns = work.columns;
        columns.clear();
        for (int rank = 0; rank < groups.size(); rank++) {
            writeActor(text, attributions, work, found, rank);
        }
        return columns.build(text.text().toString(), terms, scoreTargets(text, work, targets));
    }

    private List<TargetSentiment> scoreTargets(StructureBuffer text, Scratch work, List<Target> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        List<TargetSentiment> scored = new ArrayList<>(targets.size());
        for (Target target : targets) {
            TargetSentiment rules = scorer.target(text, work.valence, target.start(), target.end());
            scored.add(targetModel.isEmpty() ? rules
                    : targetModel.get().apply(rules, TargetFeatures.of(text, work.valence, rules)));
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
            MentionResolver resolver, List<MentionResolver.Found> found) {
        boolean added = false;
        for (int a = 0; a < attributions.size(); a++) {
            int actor = attributions.hasPronounSource(a)
                    ? actorIn(tokenActor, attributions.nameFirstToken(a), attributions.nameEndToken(a)) : -1;
            if (actor >= 0) {
                found.add(resolver.mention(attributions.sourceFirstToken(a), attributions.sourceEndToken(a),
                        actor, MentionKind.PRONOUN));
                Arrays.fill(tokenActor, attributions.sourceFirstToken(a), attributions.sourceEndToken(a), actor);
                added = true;
            }
        }
        return added;
    }

    /** The actor of each attribution's source, or -1. */
    private static int[] sourceActors(AttributionFinder attributions, Scratch work) {
        if (work.attributionActor.length < attributions.size()) {
            work.attributionActor = new int[Math.max(attributions.size(), work.attributionActor.length * 2)];
        }
        for (int a = 0; a < attributions.size(); a++) {
            work.attributionActor[a] = actorOfSource(attributions, a, work.tokenActor);
        }
        return work.attributionActor;
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

    /**
     * Reads one mention: where it and its label are and in whose voice, and the evidence near it,
     * which goes to the evidence of its actor.
     */
    private void readMention(StructureBuffer text, VoiceMap voices, AttributionFinder attributions, Scratch work,
            MentionResolver.Found mention) {
        mention.startChar = text.tokenStart(mention.first);
        mention.endChar = text.tokenEnd(mention.end - 1);
        mention.voice = TokenVoices.voiceOf(voices, attributions, mention.first, mention.startChar, mention.endChar);
        work.nearby.rank = work.groups.rankOfActor(mention.actor);
        scorer.evidence(text, work.valence, work.labels, mention.first, mention.end, work.nearby);
        if (mention.labelEntry >= 0) {
            mention.labelStartChar = text.tokenStart(mention.labelFirst);
            mention.labelEndChar = text.tokenEnd(mention.labelEnd - 1);
            mention.labelVoice = TokenVoices.voiceOf(voices, attributions, mention.labelFirst, mention.labelStartChar,
                    mention.labelEndChar);
            double valence = terms.entry(mention.labelEntry).valence();
            if (valence != 0) {
                work.evidence.add(work.nearby.rank, mention.labelFirst, mention.labelStartChar, mention.labelEndChar,
                        valence, work.voices.of(mention.labelFirst, mention.labelStartChar, mention.labelEndChar));
            }
        }
    }

    /**
     * Writes the actor of rank {@code rank} into the columns: its mentions, the labels chosen for
     * it, the cues of its statements, and its evidence.
     */
    private static void writeActor(StructureBuffer text, AttributionFinder attributions, Scratch work,
            List<MentionResolver.Found> found, int rank) {
        ActorGroups groups = work.groups;
        ActorColumns columns = work.columns;
        for (int k = groups.mentionsFrom(rank); k < groups.mentionsTo(rank); k++) {
            MentionResolver.Found mention = found.get(groups.mention(k));
            columns.mentions.add(mention.startChar, mention.endChar, mention.kind.ordinal(), mention.voice, 0);
            if (mention.labelEntry >= 0) {
                columns.labels.add(mention.labelStartChar, mention.labelEndChar, mention.labelEntry, mention.labelVoice,
                        0);
            }
        }
        for (int k = groups.statementsFrom(rank); k < groups.statementsTo(rank); k++) {
            int a = groups.statement(k);
            columns.statements.add(text.tokenStart(attributions.cueFirstToken(a)),
                    text.tokenEnd(attributions.cueEndToken(a) - 1), attributions.stance(a).ordinal(),
                    VoiceKind.NARRATOR, 0);
        }
        work.evidence.writeTo(columns, rank);
        closeActor(work, groups.actor(rank));
    }

    /** Closes the current actor of the columns: a catalog actor, or a name found in the text. */
    private static void closeActor(Scratch work, int actor) {
        Actor known = work.mentions.knownActor(actor);
        if (known != null) {
            work.columns.endActor(known);
        } else {
            FoundNames names = work.mentions.foundNames;
            int name = actor - work.mentions.catalogSize();
            work.columns.endFoundActor(names.start(name), names.end(name), names.isPerson(name));
        }
    }

    /**
     * Passes the valence words near a mention to the evidence of its actor, except words that
     * are themselves part of a mention and valence words inside a label, which the label covers.
     */
    private static final class NearbyEvidence implements EvidenceSink {
        private final Scratch work;
        StructureBuffer text;
        /** The rank of the actor of the mention being read. */
        int rank;

        NearbyEvidence(Scratch work) {
            this.work = work;
        }

        @Override
        public void accept(int from, int to, double contribution) {
            if (work.tokenActor[from] < 0 && (!work.labels.covers(from) || work.labels.startsAt(from, to))) {
                int start = text.tokenStart(from);
                int end = text.tokenEnd(to - 1);
                work.evidence.add(rank, from, start, end, contribution, work.voices.of(from, start, end));
            }
        }
    }
}
