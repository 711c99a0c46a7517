package dev.slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.sentiment.TargetFeatures;
import dev.slant.sentiment.TargetModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetModelTrainingTest {
    private static final int N = TargetFeatures.NAMES.size();

    /** Classes drawn from a known linear rule on the first feature, with noise, and unbalanced. */
    private static int classOf(double score, Random random) {
        double noisy = score + random.nextGaussian() * 0.15;
        return noisy < -0.3 ? 0 : noisy > 0.3 ? 2 : 1;
    }

    @Test
    void thePlainModelLearnsTheRuleAndReadsBack() {
        Random random = new Random(7);
        double[][] x = new double[3000][N];
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = random.nextDouble() * 1.6 - 0.6; // more positive than negative targets
            for (int f = 1; f < N; f++) {
                x[i][f] = random.nextGaussian(); // features that say nothing
            }
            y[i] = classOf(x[i][0], random);
        }
        TargetModel model = TargetModelTraining.train(x, y, "synthetic");
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = model.probabilities(x[i]);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            int rule = x[i][0] < -0.3 ? 0 : x[i][0] > 0.3 ? 2 : 1; // the rule without its noise
            right += best == rule ? 1 : 0;
        }
        assertTrue(right > 0.85 * x.length, right + " of " + x.length);
        double[] clearlyNegative = new double[N];
        clearlyNegative[0] = -0.6;
        assertTrue(model.probabilities(clearlyNegative)[0] > 0.9);
        TargetModel read = TargetModel.parse("synthetic", model.format(List.of()));
        assertEquals(model.probabilities(x[5])[1], read.probabilities(x[5])[1], 1e-12);
    }

    @Test
    void trainingOnNewsMtscWritesAModelAndItsFigures(@TempDir Path out) throws Exception {
        Path data = Path.of(System.getProperty("slant.data", "../../shared/data"), "newsmtsc");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("train.jsonl")), "NewsMTSC is not beside the project");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path file = out.resolve("model.tsv");
        int status = TargetModelTraining.run(new String[] {data.toString(), "--out", file.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        TargetModel.read(file); // a file core reads
        String figures = printed.toString(StandardCharsets.UTF_8);
        assertTrue(figures.contains("dev-mt.macro_f1") && figures.contains("dev-rw.macro_f1"), figures);
    }
}
