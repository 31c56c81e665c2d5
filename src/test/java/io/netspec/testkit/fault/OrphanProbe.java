package io.netspec.testkit.fault;

import io.netspec.fault.ToxiproxyServer;

/** Run in a child JVM by {@code fault.NoOrphanTest}: starts a Toxiproxy server, prints its pid, then waits to be killed. */
public final class OrphanProbe {
    private OrphanProbe() {
    }

    public static void main(String[] args) throws Exception {
        ToxiproxyServer server = ToxiproxyServer.start(java.nio.file.Path.of(args[0]));
        long pid = server.serverProcess().orElseThrow().pid();
        System.out.println("toxiproxy-log " + server.logFile().orElseThrow());
        System.out.println("toxiproxy-pid " + pid);
        System.out.flush();
        // Bounded: the test kills this JVM long before; if it does not, the JVM exits by itself.
        Thread.currentThread().join(60_000);
    }
}
