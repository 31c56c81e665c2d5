package io.netspec.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a /proc file, read whole in one read from its start. Files.readString does not do for
 * /proc/sys: the files report size 0, so it reads one byte first, and the kernel answers a read of a
 * number there from offset 1 with the end of the file ("65534" reads as "6").
 */
public final class ProcText {
    private ProcText() {
    }

    public static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
