package dev.slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help with at least one example. */
class HelpTest {

    private static void collect(CommandLine command, List<String> path, List<List<String>> out) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            List<String> next = new ArrayList<>(path);
            next.add(sub.getCommandName());
            out.add(next);
            collect(sub, next, out);
        }
    }

    @Test
    void everyCommandsHelpShowsAnExample() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new SlantCommand()), List.of(), commands);
        assertTrue(commands.size() >= 8, commands.toString());
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(0, run.status(), command.toString());
            assertTrue(run.out().contains("Example"), command + " has no example:\n" + run.out());
            assertTrue(run.out().contains("./slant " + command.get(0)), command + ":\n" + run.out());
        }
    }
}
