package io.netspec.fault;

import io.netspec.testkit.fault.OrphanProbe;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A JVM killed with SIGKILL runs no shutdown hook; the watchdog must still end its Toxiproxy server and remove its log. */
class NoOrphanTest {
    @Test
    void serverDiesWithAKilledJvm() throws Exception {
        ToxiproxyOrSkip.server(); // finds or installs the binary, as any first link would
        java.util.Optional<Path> found = ToxiproxyBinary.fromEnvironment().installed();
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(),
                "only a server netspec starts itself has a watchdog; this one comes from TOXIPROXY_URL");
        Path binary = found.get();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanProbe.class.getName(), binary.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            java.util.concurrent.atomic.AtomicReference<Path> log = new java.util.concurrent.atomic.AtomicReference<>();
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    String l;
                    while ((l = out.readLine()) != null) {
                        if (l.startsWith("toxiproxy-log ")) {
                            log.set(Path.of(l.substring("toxiproxy-log ".length()).strip()));
                        }
                        if (l.startsWith("toxiproxy-pid ")) {
                            return l;
                        }
                    }
                    return "child ended without starting a server";
                } catch (java.io.IOException e) {
                    return "child output unreadable: " + e;
                }
            }).get(20, TimeUnit.SECONDS);
            assertThat(line).startsWith("toxiproxy-pid ");
            long pid = Long.parseLong(line.substring("toxiproxy-pid ".length()).strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            assertThat(server.isAlive()).isTrue();

            new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).start().waitFor(5, TimeUnit.SECONDS);
            assertThat(child.waitFor(5, TimeUnit.SECONDS)).as("child JVM killed").isTrue();
            await("toxiproxy-server " + pid + " gone after its JVM was killed")
                    .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !server.isAlive());
            assertThat(log.get()).as("the log file the child reported").isNotNull();
            await("the Toxiproxy log " + log.get() + " removed after its JVM was killed")
                    .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !Files.exists(log.get()));
        } finally {
            child.destroyForcibly();
        }
    }
}
