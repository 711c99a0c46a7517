package dev.slant.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small gold files in each format, written for the tests (none is taken from a public data set). */
final class Fixtures {
    private Fixtures() {}

    static final String POLNEAR_A = "The mayor said the bridge will reopen in May. "
            + "\"We are on schedule,\" the mayor added.\nCritics claimed the plan was a disaster, according to the Herald.\n";

    static final String POLNEAR_B = "Officials say taxes will rise.\nIt was reported that the vote failed.\n";

    static Path babe(Path dir) throws IOException {
        Path file = dir.resolve("babe.csv");
        Files.writeString(file, "text;outlet;label_bias;biased_words\n"
                + "The brutal regime slaughtered innocent villagers.;A;Biased;['brutal', 'slaughtered']\n"
                + "The council met on Tuesday to discuss the budget.;B;Non-biased;[]\n"
                + "\"Critics call the plan a \"\"disaster\"\"; supporters call it brilliant.\";C;Biased;['\"disaster\"', 'brilliant']\n"
                + "The hateful mob attacked the peaceful marchers.;D;Non-biased;[]\n"
                + "Rates rose slightly in March.;E;Biased;['slightly']\n"
                + "Nobody agreed.;F;No agreement;[]\n");
        return file;
    }

    static Path polnear(Path dir) throws IOException {
        Path root = dir.resolve("polnear");
        Files.createDirectories(root.resolve("text"));
        Files.createDirectories(root.resolve("attributions"));
        Files.writeString(root.resolve("text/a.txt"), POLNEAR_A);
        Files.writeString(root.resolve("text/b.txt"), POLNEAR_B);
        int said = POLNEAR_A.indexOf("said");
        int quote = POLNEAR_A.indexOf("We are");
        int added = POLNEAR_A.indexOf("added");
        int claimed = POLNEAR_A.indexOf("claimed");
        int according = POLNEAR_A.indexOf("according to");
        Files.writeString(root.resolve("attributions/a_bb22.ann"), String.join("\n",
                t(1, "Source", 0, 9, POLNEAR_A), t(2, "Cue", said, said + 4, POLNEAR_A),
                t(3, "Content", said + 5, POLNEAR_A.indexOf(" in May"), POLNEAR_A),
                t(4, "Attribution", said, said + 4, POLNEAR_A),
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
                t(5, "Content", quote, quote + "We are on schedule".length(), POLNEAR_A),
                t(6, "Source", added - 10, added - 1, POLNEAR_A), t(7, "Cue", added, added + 5, POLNEAR_A),
                t(8, "Attribution", added, added + 5, POLNEAR_A),
                "E2\tAttribution:T8 Content:T5 Source:T6 Cue:T7",
                t(9, "Source", POLNEAR_A.indexOf("Critics"), POLNEAR_A.indexOf("Critics") + 7, POLNEAR_A),
                t(10, "Cue", claimed, claimed + 7, POLNEAR_A),
                t(11, "Content", claimed + 8, POLNEAR_A.indexOf(", according"), POLNEAR_A),
                t(12, "Attribution", claimed, claimed + 7, POLNEAR_A),
                "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11",
                t(13, "Cue", according, according + 12, POLNEAR_A),
                t(14, "Source", according + 13, POLNEAR_A.indexOf(".\n", according), POLNEAR_A),
                t(15, "Attribution", according, according + 12, POLNEAR_A),
                "E4\tAttribution:T15 Source:T14 Cue:T13 Content:T11", ""));
        // A second annotator, scored only if its code sorted first: it does not.
        Files.writeString(root.resolve("attributions/a_cc33.ann"), "");
        int say = POLNEAR_B.indexOf("say");
        int reported = POLNEAR_B.indexOf("reported");
        Files.writeString(root.resolve("attributions/b_aa11.ann"), String.join("\n",
                t(1, "Source", 0, 9, POLNEAR_B), t(2, "Cue", say, say + 3, POLNEAR_B),
                t(3, "Content", say + 4, POLNEAR_B.indexOf('.'), POLNEAR_B),
                t(4, "Attribution", say, say + 3, POLNEAR_B),
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
                t(5, "Cue", reported - 7, reported + 8, POLNEAR_B),
                t(6, "Content", reported + 9, POLNEAR_B.lastIndexOf('.'), POLNEAR_B),
                t(7, "Attribution-no-source", reported - 7, reported + 8, POLNEAR_B),
                "E2\tAttribution-no-source:T7 Cue:T5 Content:T6", ""));
        return root;
    }

    private static String t(int id, String type, int start, int end, String text) {
        return "T" + id + "\t" + type + " " + start + " " + end + "\t" + text.substring(start, end);
    }

    static Path newsMtsc(Path dir) throws IOException {
        Path root = dir.resolve("newsmtsc");
        Files.createDirectories(root);
        Files.writeString(root.resolve("dev-x.jsonl"), String.join("\n",
                line("g1", "The brutal dictator crushed the protest.", 11, 19, 2.0),
                line("g2", "The senator visited a school on Monday.", 4, 11, 4.0),
                line("g3", "Fans praised the brilliant coach.", 27, 32, 6.0),
                line("g4", "Voters loved the wonderful governor.", 27, 35, 2.0), ""));
        Files.writeString(root.resolve("train.jsonl"), line("t", "Not scored.", 0, 3, 4.0) + "\n");
        return root;
    }

    private static String line(String id, String text, int from, int to, double polarity) {
        return "{\"primary_gid\": \"" + id + "\", \"sentence_normalized\": \"" + text + "\", \"targets\": [{\"Input.gid\": \""
                + id + "\", \"from\": " + from + ", \"to\": " + to + ", \"mention\": \"" + text.substring(from, to)
                + "\", \"polarity\": " + polarity + "}]}";
    }

    static Path nyt(Path dir) throws IOException {
        Path file = dir.resolve("nyt.tsv");
        Files.writeString(file, "1\t-2.5\tA brutal and horrible massacre.\n"
                + "2\t0.1\tThe committee met on Tuesday.\n"
                + "3\t2.9\tA brilliant, wonderful victory.\n"
                + "4\t0.1\tThe report was published.\n"
                + "5\t-1.0\tThe failure disappointed fans.\n");
        return file;
    }

    static Path generic(Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"id\": \"g1\", \"text\": \"The so-called rebels and the regime.\", \"spans\": ["
                + "{\"start\": 4, \"end\": 13, \"label\": \"distancing\"}, {\"start\": 14, \"end\": 20, \"label\": \"label\"},"
                + "{\"start\": 29, \"end\": 35, \"label\": \"subjective\"}]}\n"
                + "{\"id\": \"g2\", \"text\": \"Nothing loaded here.\", \"spans\": [{\"start\": 0, \"end\": 7, \"label\": \"label\"}]}\n");
        return file;
    }
}
