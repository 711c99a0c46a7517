package dev.slant;

import static dev.slant.internal.Checks.checkArgument;
import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.actors.ActorAnalyzer;
import dev.slant.actors.ActorOptions;
import dev.slant.actors.ActorPack;
import dev.slant.actors.ActorPacks;
import dev.slant.attribution.AttributionFinder;
import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconException;
import dev.slant.lexicon.LexiconPack;
import dev.slant.lexicon.Lexicons;
import dev.slant.lexicon.MatchBuffer;
import dev.slant.report.ArticleReport;
import dev.slant.report.TermCollector;
import dev.slant.sentiment.SentimentSettings;
import dev.slant.sentiment.TargetModel;
import dev.slant.text.Diagnostics;
import dev.slant.text.StructureBuffer;
import dev.slant.text.StructureScanner;
import dev.slant.text.TextStructure;
import dev.slant.voice.VoiceKind;
import dev.slant.voice.VoiceMap;
import dev.slant.voice.VoiceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses articles: reads their structure, matches the compiled lexicon, resolves the voice of
 * every term and scores the result.
 *
 * <p>An analyzer is built once from lexicon packs and settings, is immutable and thread-safe, and
 * may live in a {@code static final} field shared by every thread. Each thread reuses its own
 * scratch buffers, so the per-article path allocates nothing per token; it never throws on any
 * text, reporting problems as bounded diagnostics instead.
 *
 * <pre>{@code
 * Analyzer analyzer = Slant.analyzer().lexicon("conflict-labels/syria").build();
 * ArticleReport report = analyzer.analyze(Article.of("id", "Reuters", text));
 * }</pre>
 */
public final class Analyzer {
    private final Lexicon lexicon;
    private final StructureScanner scanner;
    private final VoiceSettings voiceSettings;
    private final int maxDiagnostics;
    private final ThreadLocal<Workspace> workspaces;
    private final ActorAnalyzer actors;

    private Analyzer(Builder builder, Lexicon lexicon, ActorAnalyzer actors) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.scanner = builder.scanner;
        this.voiceSettings = builder.voiceSettings;
        this.maxDiagnostics = builder.maxDiagnostics;
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(voiceSettings, maxDiagnostics));
    }

    /**
     * Starts a builder with the bundled default packs.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Analyses a text with no metadata.
     *
     * @param text any text
     * @return the report
     */
    public ArticleReport analyze(String text) {
        return analyze(Article.of(text));
    }

    /**
     * Analyses an article.
     *
     * @param article the article
     * @return the report; problems with the text are in its diagnostics
     */
    public ArticleReport analyze(Article article) {
        checkNotNull(article, "article");
        Workspace work = workspaces.get();
        String text = article.text();
        work.diagnostics.clear();
        scanner.scan(text, work.structure, work.diagnostics);
        lexicon.match(work.structure, work.matches);
        work.voices.prepare(work.structure, work.matches, lexicon);
        work.attributions.find(work.structure, work.matches, lexicon, work.voices, work.diagnostics);
        TermCollector terms = work.terms;
        terms.reset(lexicon);
        for (int m = 0; m < work.matches.count(); m++) {
            int start = work.structure.tokenStart(work.matches.firstToken(m));
            int end = work.structure.tokenEnd(work.matches.endToken(m) - 1);
            int voice = work.voices.voiceCode(start, end);
            int attribution = work.attributions.ownerOfToken(work.matches.firstToken(m));
            VoiceKind kind = work.voices.kindOf(voice).within(attribution >= 0);
            int group = work.matches.group(m);
            for (int k = 0; k < lexicon.groupSize(group); k++) {
                terms.add(start, end, lexicon.groupEntryId(group, k), voice, kind, attribution);
            }
        }
        return new ArticleReport(article.info(), text, work.structure.sentenceCount(), lexicon, terms.terms(),
                work.voices.table(), work.attributions.table(text), terms.scores(work.structure.wordCount()),
                work.diagnostics.toList(), actors.analyze(work.structure, work.matches, work.voices, work.attributions,
                        article.targets()));
    }

    /**
     * Reads a text's structure (tokens, sentences, paragraphs, quotations) as this analyzer does.
     *
     * @param text any text
     * @return its structure
     */
    public TextStructure structure(String text) {
        return scanner.scan(text);
    }

    /**
     * Returns the compiled lexicon.
     *
     * @return the lexicon
     */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Returns the actor and sentiment analyzer.
     *
     * @return its actors and sentiment scorer
     */
    public ActorAnalyzer actors() {
        return actors;
    }

    /** One thread's scratch buffers, reused from article to article. */
    private static final class Workspace {
        final StructureBuffer structure = new StructureBuffer();
        final MatchBuffer matches = new MatchBuffer();
        final TermCollector terms = new TermCollector();
        final AttributionFinder attributions = new AttributionFinder();
        final Diagnostics diagnostics;
        final VoiceMap voices;

        Workspace(VoiceSettings settings, int maxDiagnostics) {
            this.diagnostics = new Diagnostics(maxDiagnostics);
            this.voices = new VoiceMap(settings);
        }
    }

    /** Builds an {@link Analyzer}. Not thread-safe; the analyzer it builds is. */
    public static final class Builder {
        private boolean defaults = true;
        private final List<LexiconPack> packs = new ArrayList<>();
        private StructureScanner scanner = StructureScanner.standard();
        private VoiceSettings voiceSettings = VoiceSettings.defaults();
        private int maxDiagnostics = 100;
        private final ActorOptions actorOptions = new ActorOptions();

        private Builder() {}

        /**
         * Adds an actor pack by name (such as {@code actors/syria-2019}) or by file path, after the
         * default actor packs and those added before it.
         *
         * @param nameOrPath a pack name or an {@code .actors} file
         * @return this builder
         * @throws LexiconException if the pack cannot be found or is invalid
         */
        public Builder actors(String nameOrPath) {
            return actors(ActorPacks.resolve(nameOrPath));
        }

        /**
         * Adds an actor pack, after the default actor packs and those added before it.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder actors(ActorPack pack) {
            actorOptions.addPack(pack);
            return this;
        }

        /**
         * Adds a valence pack (entries of the category {@code sentiment}) for the sentiment layer.
         * Once one is added, the valence packs are exactly those added, in order, instead of the
         * bundled {@code valence/afinn}, {@code valence/vader} and {@code valence/news}.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder valence(LexiconPack pack) {
            actorOptions.addValence(pack);
            return this;
        }

        /**
         * Replaces the sentiment rule constants and thresholds.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder sentimentSettings(SentimentSettings value) {
            actorOptions.settings(value);
            return this;
        }

        /**
         * Labels the targets of an article with a learned model over the rules' features
         * ({@link dev.slant.sentiment.TargetFeatures}) instead of the rules' thresholds: the label
         * is the model's most probable class, the score the probability of positive less that of
         * negative, and the evidence stays the rules'. {@link TargetModel#bundled()} is the model
         * trained on NewsMTSC; see docs/sentiment.md.
         *
         * @param model the model
         * @return this builder
         */
        public Builder targetModel(TargetModel model) {
            actorOptions.targetModel(model);
            return this;
        }

        /**
         * Chooses whether reports name the article's actors with the sentiment toward each
         * ({@code true} unless changed). Finding actors costs several times the rest of the
         * analysis; without it, reports have no actors, and only texts with targets are scored.
         *
         * @param value whether to find actors
         * @return this builder
         */
        public Builder findActors(boolean value) {
            actorOptions.findActors(value);
            return this;
        }

        /**
         * Chooses whether the bundled default packs come first ({@code true} unless changed).
         *
         * @param useDefaults whether to start from the defaults
         * @return this builder
         */
        public Builder defaults(boolean useDefaults) {
            this.defaults = useDefaults;
            return this;
        }

        /**
         * Adds a pack by name (such as {@code conflict-labels/syria}) or by file path.
         *
         * @param nameOrPath a pack name or a {@code .lex} file
         * @return this builder
         * @throws LexiconException if the pack cannot be found or is invalid
         */
        public Builder lexicon(String nameOrPath) {
            return lexicon(Lexicons.resolve(nameOrPath));
        }

        /**
         * Adds a pack from a file.
         *
         * @param file a pack file
         * @return this builder
         * @throws LexiconException if the file is missing or invalid
         */
        public Builder lexicon(Path file) {
            return lexicon(Lexicons.read(file));
        }

        /**
         * Adds a pack, after the defaults and the packs added before it.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder lexicon(LexiconPack pack) {
            packs.add(checkNotNull(pack, "pack"));
            return this;
        }

        /**
         * Replaces the structure scanner, for example to add abbreviations.
         *
         * @param value the scanner
         * @return this builder
         */
        public Builder scanner(StructureScanner value) {
            this.scanner = checkNotNull(value, "scanner");
            return this;
        }

        /**
         * Replaces the voice thresholds.
         *
         * @param value the thresholds
         * @return this builder
         */
        public Builder voiceSettings(VoiceSettings value) {
            this.voiceSettings = checkNotNull(value, "voiceSettings");
            return this;
        }

        /**
         * Sets how many diagnostics a report keeps (100 unless changed).
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder maxDiagnostics(int value) {
            checkArgument(value >= 1, "maxDiagnostics must be at least 1: %d", value);
            this.maxDiagnostics = value;
            return this;
        }

        /**
         * Composes the packs and builds the analyzer.
         *
         * @return the analyzer
         * @throws LexiconException if the packs do not compose
         * @throws IllegalStateException if there is no pack at all
         */
        public Analyzer build() {
            List<LexiconPack> all = new ArrayList<>();
            if (defaults) {
                for (String name : Lexicons.defaults()) {
                    all.add(Lexicons.load(name));
                }
            }
            all.addAll(packs);
            if (all.isEmpty()) {
                throw new IllegalStateException("no lexicon packs: put dev.slant:slant-lexicons on the class path "
                        + "for the bundled packs, or add a pack with lexicon(...)");
            }
            Lexicon lexicon = Lexicon.compile(all);
            return new Analyzer(this, lexicon, actorOptions.build(lexicon, defaults));
        }
    }
}
