package io.netspec.host;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A JVM killed with SIGKILL in the middle of a scenario with hosts leaves nothing behind: no namespace
 * (no process, descriptor or mount holds one of its namespaces), no TAP device, no program, no thread
 * (its process is gone), and the namespace the test runs in is as it was.
 */
class HostsKillTest {

    @Test
    void nothingOutlivesAKilledRun() throws Exception {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        Map<String, String> before = RootNamespace.snapshot();
        List<String> runNetns = runNetns();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process jvm = new ProcessBuilder(java, "-cp", classPath, HostsKillMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String ready;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> readReady(out));
            ready = line.get(60, TimeUnit.SECONDS);
        } finally {
            jvm.destroyForcibly(); // SIGKILL on Linux
        }
        assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).as("the killed JVM ended").isTrue();
        assertThat(jvm.exitValue()).as("exit status of a JVM killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(ready).as("what the JVM printed before it was killed").startsWith("READY ");
        String[] parts = ready.split(" ");
        long programPid = Long.parseLong(parts[1]);
        List<String> namespaces = Arrays.asList(parts).subList(2, parts.length);
        assertThat(namespaces).hasSize(3).allMatch(n -> n.startsWith("net:["));

        await("the program started on a host ends with the JVM that started it").atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(programPid).map(p -> !p.isAlive()).orElse(true));
        await("no process, descriptor or mount holds a namespace of the killed run").atMost(Duration.ofSeconds(10))
                .until(() -> holders(namespaces).isEmpty());
        assertThat(ProcessHandle.of(jvm.pid())).as("the killed JVM's process, and so its threads").isEmpty();
        assertThat(runNetns()).as("/run/netns (never used by netspec)").isEqualTo(runNetns);
        assertThat(RootNamespace.snapshot()).as("interfaces (no TAP device left), addresses, routes, nftables").isEqualTo(before);
    }

    private static String readReady(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    return line;
                }
            }
            return "(the JVM ended without saying READY)";
        } catch (IOException e) {
            return "(reading the JVM's output failed: " + e.getMessage() + ")";
        }
    }

    /** Every process, descriptor or mount on this machine that still holds one of {@code namespaces}. */
    private static List<String> holders(List<String> namespaces) throws IOException {
        List<String> found = new ArrayList<>();
        File[] processes = new File("/proc").listFiles((dir, name) -> name.matches("\\d+"));
        for (File proc : processes == null ? new File[0] : processes) {
            check(proc.toPath().resolve("ns/net"), namespaces, found);
            try (Stream<Path> fds = Files.list(proc.toPath().resolve("fd"))) {
                fds.forEach(fd -> check(fd, namespaces, found));
            } catch (IOException | SecurityException e) {
                // The process ended while it was looked at: it holds nothing any more.
            }
            try (Stream<Path> tasks = Files.list(proc.toPath().resolve("task"))) {
                tasks.forEach(task -> check(task.resolve("ns/net"), namespaces, found));
            } catch (IOException | SecurityException e) {
                // As above: gone.
            }
        }
        String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
        namespaces.stream().filter(mounts::contains).forEach(n -> found.add("a mount of " + n));
        return found;
    }

    private static void check(Path link, List<String> namespaces, List<String> found) {
        try {
            String target = Files.readSymbolicLink(link).toString();
            if (namespaces.contains(target)) {
                found.add(link + " -> " + target);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a link, or gone: holds nothing.
        }
    }

    private static List<String> runNetns() throws IOException {
        Path dir = Path.of("/run/netns");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(Path::toString).sorted().toList();
        }
    }
}
