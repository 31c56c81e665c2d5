package io.netspec.testkit.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The launcher jar the build made at process-classes (target/netspec-VERSION-launcher.jar). */
public final class Launchers {
    private Launchers() {
    }

    public static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-launcher.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/*-launcher.jar: the build makes it at process-classes"));
        }
    }
}
