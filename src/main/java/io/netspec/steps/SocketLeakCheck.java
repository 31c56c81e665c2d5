package io.netspec.steps;

import io.cucumber.java.AfterAll;
import io.netspec.socket.Resources;

import java.util.ArrayList;
import java.util.List;

/**
 * After the whole suite: no endpoint thread alive, no socket of this JVM still listening or bound,
 * no Unix socket folder left in the temporary folder. Prints what it counted.
 */
public final class SocketLeakCheck {
    private SocketLeakCheck() {
    }

    @AfterAll
    public static void nothingLeftBehind() {
        Resources now = Resources.count();
        System.out.println("netspec after the suite: " + now.threads().size() + " netspec threads, "
                + now.fileDescriptors() + " file descriptors, " + now.sockets() + " sockets, " + now.listening().size()
                + " listening, " + now.socketFolders().size() + " Unix socket folders");
        List<String> leaks = new ArrayList<>();
        if (!now.endpointThreads().isEmpty()) {
            leaks.add("endpoint threads still alive: " + now.endpointThreads());
        }
        if (!now.listening().isEmpty()) {
            leaks.add("sockets of this JVM still listening or bound:\n  " + String.join("\n  ", now.listening()));
        }
        if (!now.socketFolders().isEmpty()) {
            leaks.add("Unix socket folders left in " + System.getProperty("java.io.tmpdir") + ": " + now.socketFolders());
        }
        if (!leaks.isEmpty()) {
            throw new IllegalStateException("the scenarios left things behind: " + String.join("; ", leaks));
        }
    }
}
