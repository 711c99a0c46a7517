package dev.slant.actors;

import static dev.slant.internal.Checks.checkNotNull;

import dev.slant.lexicon.Lexicon;
import dev.slant.lexicon.LexiconPack;
import dev.slant.sentiment.SentimentScorer;
import dev.slant.sentiment.SentimentSettings;
import dev.slant.sentiment.TargetModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an analyzer's actor and sentiment layer is built from: actor packs, valence packs, the
 * sentiment settings, and whether to find actors at all. The analyzer's
 * builder fills it; {@link #build} makes the immutable {@link ActorAnalyzer}. Not thread-safe.
 */
public final class ActorOptions {
    private final List<ActorPack> packs = new ArrayList<>();
    private final List<LexiconPack> valence = new ArrayList<>();
    private SentimentSettings settings = SentimentSettings.defaults();
    private boolean findActors = true;
    private TargetModel targetModel;

    /** Creates options with the defaults: bundled packs, default settings, actors found. */
    public ActorOptions() {}

    /**
     * Adds an actor pack after the default packs and those added before it.
     *
     * @param pack the pack
     */
    public void addPack(ActorPack pack) {
        packs.add(checkNotNull(pack, "pack"));
    }

    /**
     * Adds a valence pack; once one is added, the valence packs are exactly those added, in order.
     *
     * @param pack a pack of {@code sentiment} entries
     */
    public void addValence(LexiconPack pack) {
        valence.add(checkNotNull(pack, "pack"));
    }

    /**
     * Replaces the sentiment settings.
     *
     * @param value the settings
     */
    public void settings(SentimentSettings value) {
        this.settings = checkNotNull(value, "settings");
    }

    /**
     * Labels the targets with a learned model instead of the rules' thresholds.
     *
     * @param model the model
     */
    public void targetModel(TargetModel model) {
        this.targetModel = checkNotNull(model, "model");
    }

    /**
     * Chooses whether to find actors.
     *
     * @param value whether to find actors
     */
    public void findActors(boolean value) {
        this.findActors = value;
    }

    /**
     * Builds the layer for a term lexicon.
     *
     * @param terms the analyzer's compiled term lexicon
     * @param defaults whether the default actor packs of the providers come first
     * @return the immutable analyzer
     * @throws dev.slant.lexicon.LexiconException if a default pack is invalid
     */
    public ActorAnalyzer build(Lexicon terms, boolean defaults) {
        List<ActorPack> all = new ArrayList<>();
        if (defaults) {
            for (String name : ActorPacks.defaults()) {
                all.add(ActorPacks.load(name));
            }
        }
        all.addAll(packs);
        SentimentScorer scorer = valence.isEmpty() ? SentimentScorer.bundled(settings)
                : new SentimentScorer(Lexicon.compile(valence), settings);
        return new ActorAnalyzer(ActorCatalog.compile(all), terms, scorer, Optional.ofNullable(targetModel), findActors);
    }
}
