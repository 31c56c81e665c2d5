package io.netspec.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which user namespace this JVM runs in, read from its uid map. */
public final class UserNamespaces {
    private UserNamespaces() {
    }

    /**
     * True in the machine's own user namespace, whose uid map is the whole identity map ("0 0 4294967295");
     * false in one of the run's own (rootless), where only the user's own uid is mapped.
     */
    public static boolean initial() {
        try {
            return Files.readString(Path.of("/proc/self/uid_map")).strip().matches("0\\s+0\\s+4294967295");
        } catch (IOException e) {
            return true; // no uid map: not Linux, or a kernel without user namespaces
        }
    }
}
