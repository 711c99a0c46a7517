package dev.slant.stats;

import java.util.List;
import java.util.Locale;

/** The statistics as plain-text tables for a terminal or a notebook. */
public final class StatsText {
    private StatsText() {}

    /**
     * Formats the map's coordinates: one row per outlet, PCA and MDS side by side.
     *
     * @param map the map of outlets
     * @return the table, with a line feed after each line
     */
    public static String coordinates(OutletMap map) {
        StringBuilder text = new StringBuilder();
        double[] pv = map.pcaVariance();
        double[] mv = map.mdsVariance();
        text.append(String.format(Locale.ROOT, "%-36s %9s %9s   %9s %9s%n", "outlet",
                Png.axisLabel("PC1", pv[0]), Png.axisLabel("PC2", pv[1]),
                Png.axisLabel("MDS1", mv[0]), Png.axisLabel("MDS2", mv[1])));
        double[][] pca = map.pca();
        double[][] mds = map.mds();
        for (int i = 0; i < map.outlets().size(); i++) {
            text.append(String.format(Locale.ROOT, "%-36s %+9.3f %+9.3f   %+9.3f %+9.3f%n",
                    Png.shortName(map.outlets().get(i)), pca[i][0], pca[i][1], mds[i][0], mds[i][1]));
        }
        return text.toString();
    }

    /**
     * Formats a matrix of distances between outlets.
     *
     * @param outlets the rows' and columns' outlets
     * @param distances the matrix
     * @return the table, columns numbered as the rows
     */
    public static String distances(List<String> outlets, double[][] distances) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-40s", "Jensen-Shannon distance"));
        for (int j = 0; j < outlets.size(); j++) {
            text.append(String.format(Locale.ROOT, " %6s", "(" + (j + 1) + ")"));
        }
        text.append('\n');
        for (int i = 0; i < outlets.size(); i++) {
            text.append(String.format(Locale.ROOT, "%-40s", "(" + (i + 1) + ") " + Png.shortName(outlets.get(i))));
            for (int j = 0; j < outlets.size(); j++) {
                text.append(String.format(Locale.ROOT, " %6.3f", distances[i][j]));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Formats chi-square results, one row per concept, with a warning under each small sample.
     *
     * @param results the tests
     * @return the table
     */
    public static String chiSquare(List<LabelIndependence.Result> results) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %4s %8s %8s %8s %10s%n",
                "concept", "outlets x", "chi2", "df", "p", "p perm.", "V", "cells < 5"));
        for (LabelIndependence.Result result : results) {
            LabelTable table = result.table();
            text.append(String.format(Locale.ROOT, "%-28s %9s %9.2f %4.0f %8.4f %8s %8.3f %10s%n",
                    result.concept(), table.outlets().size() + " x " + table.labels().size(), result.chiSquare(),
                    result.degreesOfFreedom(), result.pValue(),
                    result.permutationPValue().map(p -> String.format(Locale.ROOT, "%.4f", p)).orElse("-"),
                    result.cramersV(), result.cellsBelowFive() + "/" + result.cells()));
            result.warning().ifPresent(w -> text.append("    ").append(w).append('\n'));
        }
        return text.toString();
    }
}
