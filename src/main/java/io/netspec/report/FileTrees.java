package io.netspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing what an earlier run left in the reports folder: a file, or a folder with all it holds. */
final class FileTrees {
    private FileTrees() {
    }

    /** Removes {@code root} and everything under it, if it exists; {@code what} names it in a failure. */
    static void delete(Path root, String what) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + what + " in " + root, e);
        }
    }
}
