package dev.slant.compare;

import dev.slant.voice.VoiceKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** One outlet's counts, accumulated report by report; nothing of a report is kept. */
final class OutletTally {
    private static final int VOICES = VoiceKind.values().length;

    final String outlet;
    int articles;
    long tokens;
    long loaded;
    long narratorLoaded;
    long distancing;
    long hedges;
    long distanced;
    long actorMentions;
    long attributions;
    /** concept → voice → label → count. */
    final Map<String, EnumMap<VoiceKind, Map<String, int[]>>> labels = new TreeMap<>();
    /** concept → voice ordinal → {sum of valence, count}. */
    final Map<String, double[][]> valence = new TreeMap<>();
    /** actor id → tally, in order of first mention. */
    final Map<String, ActorTally> actors = new LinkedHashMap<>();

    OutletTally(String outlet) {
        this.outlet = outlet;
    }

    void addLabel(String concept, VoiceKind voice, String label, int count, double valenceSum) {
        labels.computeIfAbsent(concept, c -> new EnumMap<>(VoiceKind.class))
                .computeIfAbsent(voice, v -> new TreeMap<>())
                .computeIfAbsent(label, l -> new int[1])[0] += count;
        double[] sums = valence.computeIfAbsent(concept, c -> new double[VOICES][2])[voice.ordinal()];
        sums[0] += valenceSum;
        sums[1] += count;
    }

    int[] counts(String concept, VoiceKind voice, java.util.List<String> vocabulary) {
        int[] counts = new int[vocabulary.size()];
        Map<String, int[]> byLabel = labels.getOrDefault(concept, new EnumMap<>(VoiceKind.class)).get(voice);
        if (byLabel != null) {
            for (int i = 0; i < counts.length; i++) {
                int[] c = byLabel.get(vocabulary.get(i));
                counts[i] = c == null ? 0 : c[0];
            }
        }
        return counts;
    }

    java.util.OptionalDouble meanValence(String concept, VoiceKind voice) {
        double[][] sums = valence.get(concept);
        if (sums == null || sums[voice.ordinal()][1] == 0) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(sums[voice.ordinal()][0] / sums[voice.ordinal()][1]);
    }

    Map<String, Map<VoiceKind, Map<String, Integer>>> labelCounts() {
        Map<String, Map<VoiceKind, Map<String, Integer>>> out = new LinkedHashMap<>();
        labels.forEach((concept, byVoice) -> {
            Map<VoiceKind, Map<String, Integer>> voices = new LinkedHashMap<>();
            byVoice.forEach((voice, byLabel) -> {
                Map<String, Integer> counts = new TreeMap<>();
                byLabel.forEach((label, count) -> counts.put(label, count[0]));
                voices.put(voice, counts);
            });
            out.put(concept, voices);
        });
        return out;
    }
}
