package io.netspec.host;

import io.netspec.core.Requirement;
import io.netspec.testkit.Skip;
import io.netspec.testkit.host.HostsKillMain;
import io.netspec.testkit.host.ProgramProcesses;
import io.netspec.testkit.host.RootNamespace;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A JVM killed with SIGKILL in the middle of a scenario with 1,003 hosts and programs leaves nothing
 * behind: no namespace (no process, descriptor or mount holds one of its network or PID namespaces), no
 * TAP device, no program and nothing a program started (a grandchild that re-parented, a child left
 * behind), no thread (its process is gone), and the namespace the test runs in is as it was.
 */
class HostsKillTest {

    /** Hosts on the third network of the killed JVM, besides its two hosts and router. */
    static final int MANY = 1000;

    /**
     * How long the kernel may take to clear a killed JVM with {@code hosts} hosts: the process's exit
     * closes each TAP device under the kernel's routing lock (rtnl), which every namespace and device
     * change on the machine shares, so other runs' clean-ups can hold it for seconds; 10 s and 30 ms a host.
     */
    static Duration clearedWithin(int hosts) {
        return Duration.ofSeconds(10).plusMillis(30L * hosts);
    }

    @Test
    void nothingOutlivesAKilledRun() throws Exception {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        Map<String, String> before = RootNamespace.snapshot();
        List<String> runNetns = RootNamespace.runNetns();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String nonce = Long.toString(System.nanoTime() % 1_000_000_000L);
        Process jvm = new ProcessBuilder(java, "-cp", classPath, HostsKillMain.class.getName(),
                Integer.toString(MANY), nonce)
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
        Set<String> namespaces = Set.copyOf(Arrays.asList(parts).subList(2, parts.length));
        assertThat(namespaces).hasSize(3 + MANY + 3);
        assertThat(namespaces.stream().filter(n -> n.startsWith("net:["))).hasSize(3 + MANY);
        assertThat(namespaces.stream().filter(n -> n.startsWith("pid:["))).as("the programs' PID namespaces").hasSize(3);

        await("the program started on a host ends with the JVM that started it").atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(programPid).map(p -> !p.isAlive()).orElse(true));
        await("no process the programs started (the sleeps named " + nonce + ") outlives the JVM")
                .atMost(Duration.ofSeconds(10)).until(() -> ProgramProcesses.withArgument(nonce).isEmpty());
        await("no process, descriptor or mount holds a namespace of the killed run").atMost(clearedWithin(namespaces.size()))
                .until(() -> RootNamespace.holders(namespaces).isEmpty());
        assertThat(ProcessHandle.of(jvm.pid())).as("the killed JVM's process, and so its threads").isEmpty();
        assertThat(RootNamespace.runNetns()).as("/run/netns (never used by netspec)").isEqualTo(runNetns);
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
}
