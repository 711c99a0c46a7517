package dev.slant.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The size in bytes of the inputs the command line reads, for the progress bar. */
final class InputSize {

    private InputSize() {}

    /** Returns the total size of the inputs, or 0 when one is standard input or cannot be measured. */
    static long of(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return 0;
            }
            Path path = Path.of(input);
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.list(path)) {
                        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                            total += Files.size(file);
                        }
                    }
                } else if (Files.isRegularFile(path)) {
                    total += Files.size(path);
                }
            } catch (IOException e) {
                return 0; // the reader reports the problem
            }
        }
        return total;
    }
}
