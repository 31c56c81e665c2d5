package io.netspec.testkit.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The processes of this machine whose command line holds an argument containing a given marker. */
public final class ProgramProcesses {
    private ProgramProcesses() {
    }

    /** "pid: command line" of every process with an argument that contains {@code marker}. */
    public static List<String> withArgument(String marker) throws IOException {
        return matching(marker, false);
    }

    /** "pid: command line" of every process with an argument that is {@code argument}. */
    public static List<String> withExactArgument(String argument) throws IOException {
        return matching(argument, true);
    }

    private static List<String> matching(String marker, boolean exact) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (exact ? List.of(cmdline.split("\0")).contains(marker) : cmdline.contains(marker)) {
                        found.add(proc.getFileName() + ": " + cmdline.replace('\0', ' ').strip());
                    }
                } catch (IOException e) {
                    // The process ended while it was looked at.
                }
            }
        }
        return found;
    }
}
