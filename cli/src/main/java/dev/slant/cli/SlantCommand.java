package dev.slant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slant} command line: the entry point of {@code ./slant}. */
@Command(name = "slant", mixinStandardHelpOptions = true, version = "slant 0.1.0",
        description = "Media bias and framing analysis: loaded terms, and whose voice speaks them.",
        subcommands = {AnalyzeCommand.class, CompareCommand.class, LexiconCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ./slant compare seeds --out target/seeds-report",
                "  ./slant analyze seeds --format text",
                "  ./slant analyze corpus.jsonl --format jsonl --lexicon conflict-labels/syria > reports.jsonl",
                "  ./slant lexicon explain \"foreign-backed terrorists said\"",
                "  ./slant eval all --data ../shared/data"})
public final class SlantCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its status: 0 when everything was analysed, 1 when some
     * inputs were skipped, 2 for bad usage or a bad lexicon.
     *
     * @param args the arguments
     * @return the exit status
     */
    public static int run(String... args) {
        return new CommandLine(new SlantCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
