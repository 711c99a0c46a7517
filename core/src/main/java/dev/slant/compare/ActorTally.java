package dev.slant.compare;

import dev.slant.lexicon.Stance;

/** What one outlet's articles said of one actor, counted as they arrive. */
final class ActorTally {
    final EvidenceSample evidence;
    final EvidenceSample narratorEvidence;
    final int[] stances = new int[Stance.values().length];
    int mentions;
    int statements;
    double narratorLabelSum;
    int narratorLabels;

    ActorTally(int reservoirSize, long seed) {
        this.evidence = new EvidenceSample(reservoirSize, seed);
        this.narratorEvidence = new EvidenceSample(reservoirSize, ~seed);
    }
}
