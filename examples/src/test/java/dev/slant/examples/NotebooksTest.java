package dev.slant.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every jshell notebook in {@code examples/notebooks} as {@code ./slant notebook} does, from
 * the repository root and on this JVM's class path (which holds slant-core and slant-lexicons), and
 * fails when one exits with a non-zero status, reports an exception or a compile error, runs past
 * the timeout, or does not print what it is expected to print.
 *
 * <p>A notebook with the line {@value #REQUIRES_STATS} needs the optional statistics module
 * (slant-stats, GPL), which no Apache-licensed module may depend on: it is left out here and run by
 * the statistics module's own tests, through {@link #notebooks}, on that module's class path.
 */
class NotebooksTest {
    /** The line by which a notebook says that it needs slant-stats and Smile on its class path. */
    static final String REQUIRES_STATS = "// requires: slant-stats";

    private static final long TIMEOUT_SECONDS = 120;

    /** Text that each notebook must print, such as a table header; every notebook needs an entry. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "quickstart", List.of("span         words", "narr. valence", "armed-groups in the narrator's voice"),
            "compare-outlets", List.of("outlet                               | labels", "Radio Habana Cuba",
                    "Radio Free Europe/Radio Liberty", "Least negative pro-Damascus narrator"),
            "extend-a-lexicon", List.of("matches                     before   after", "added    ", "removed  ",
                    "unknown key 'valance'"),
            "voice", List.of("what decides it", "scare quotes", "quotation", "marker", "Seed 003, RFE/RL",
                    "Seed 004: who is given a say", "said by"),
            "actors", List.of("outlet (narrator's voice)", "Idlib armed groups", "labels chosen:",
                    "armed groups in Radio Habana Cuba's own voice"),
            "outlet-map", List.of("Jensen-Shannon distance", "PC1 (", "MDS1 (", "Clusters (average linkage",
                    "concept                      outlets x", "Radio Habana Cuba", "Wrote target/outlet-map.png"),
            "train-a-model", List.of("feature        what it measures", "target_score", "multinomial logistic regression"));

    /** How jshell reports a snippet that threw or did not compile; it goes on with the next one. */
    private static final Pattern JSHELL_PROBLEM = Pattern.compile("(?m)^(\\|\\s+)?(Exception|Error)\\b");

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndPrintsWhatItShows() throws IOException {
        return notebooks(notebook -> !requiresStats(notebook));
    }

    /**
     * Returns a test per notebook that {@code which} selects.
     *
     * @param which whether to run a notebook
     * @return the tests, by notebook name
     * @throws IOException when the folder of notebooks cannot be listed
     */
    static Stream<DynamicTest> notebooks(NotebookFilter which) throws IOException {
        Path root = Path.of(System.getProperty("slant.seeds")).toAbsolutePath().getParent();
        Path folder = root.resolve("examples").resolve("notebooks");
        List<Path> notebooks = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsh")).sorted().toList()) {
                if (which.runs(file)) {
                    notebooks.add(file);
                }
            }
        }
        assertFalse(notebooks.isEmpty(), "no notebooks to run in " + folder);
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(name(notebook), () -> run(root, notebook)));
    }

    /** Which notebooks a test runs. */
    @FunctionalInterface
    interface NotebookFilter {
        /**
         * Decides whether to run a notebook.
         *
         * @param notebook its file
         * @return whether to run it
         * @throws IOException when the notebook cannot be read
         */
        boolean runs(Path notebook) throws IOException;
    }

    /**
     * Tells whether a notebook needs the statistics module on its class path.
     *
     * @param notebook its file
     * @return whether it has the line {@value #REQUIRES_STATS}
     * @throws IOException when it cannot be read
     */
    static boolean requiresStats(Path notebook) throws IOException {
        try (Stream<String> lines = Files.lines(notebook, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> line.strip().equals(REQUIRES_STATS));
        }
    }

    private static String name(Path notebook) {
        String file = notebook.getFileName().toString();
        return file.substring(0, file.length() - ".jsh".length());
    }

    private static void run(Path root, Path notebook) throws IOException, InterruptedException {
        String name = name(notebook);
        Path logs = Files.createDirectories(root.resolve("examples").resolve("target").resolve("notebooks"));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");

        Process process = new ProcessBuilder(command(root.relativize(notebook)))
                .directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail(name + " ran past " + TIMEOUT_SECONDS + " s; output so far in " + out);
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String report = "\n--- stdout of " + name + ":\n" + stdout + "\n--- stderr:\n" + stderr;

        assertFalse(JSHELL_PROBLEM.matcher(stderr).find(), name + " reported an exception or a compile error" + report);
        assertEquals(0, process.exitValue(), name + " exited with " + process.exitValue() + report);
        List<String> expected = EXPECTED.get(name);
        if (expected == null) {
            fail("notebook " + name + " has no expected text: add what it must print to NotebooksTest.EXPECTED");
        }
        for (String text : expected) {
            assertTrue(stdout.contains(text), name + " did not print '" + text + "'" + report);
        }
    }

    /**
     * The command of {@code ./slant notebook}, with this JVM's class path and locale: snippets run
     * in jshell's own JVM ({@code --execution local}), which then needs the class path as well.
     */
    private static List<String> command(Path notebook) {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>();
        command.add(jshell().toString());
        command.add("--execution");
        command.add("local");
        command.add("-J--class-path=" + classPath);
        command.add("--class-path");
        command.add(classPath);
        command.add("-J-Dfile.encoding=UTF-8");
        command.add("-J-Djava.awt.headless=true"); // notebooks that plot write images, never open windows
        // Surefire runs the tests in a Turkish locale: so do the notebooks, to catch a missing Locale.ROOT.
        command.add("-J-Duser.language=" + System.getProperty("user.language"));
        command.add("-J-Duser.country=" + System.getProperty("user.country", ""));
        command.add(notebook.toString());
        return command;
    }

    private static Path jshell() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path jshell = bin.resolve(windows ? "jshell.exe" : "jshell");
        assertTrue(Files.isExecutable(jshell), "no jshell in " + bin + ": the notebooks need a JDK, not a JRE");
        return jshell;
    }

    private static java.io.File nullDevice() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new java.io.File(windows ? "NUL" : "/dev/null");
    }
}
