package io.netspec.host;

import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyUnavailable;
import io.netspec.testkit.host.HostsKillMain;
import io.netspec.testkit.host.ProgramProcesses;
import io.netspec.testkit.host.RootNamespace;
import io.netspec.testkit.host.RootlessSuite;
import io.netspec.testkit.launch.Launchers;
import io.netspec.testkit.launch.ThrowawayUser;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * The rootless run: as a throwaway ordinary user, in a private mount namespace where a 0666 node of
 * /dev/net/tun is bound over the machine's (as stock distributions have it; the machine's own node is
 * never changed), a JVM started with netspec's launcher runs every @hosts and @packets scenario and the
 * tests tagged "rootless". Every one passes and none is skipped; the JVM ran re-launched in a user
 * namespace of its own; every file the run wrote is the user's, and none is outside its run folder; the
 * namespace the build runs in is
 * unchanged; and a kill -9 of that user's JVM in the middle of hosts leaves no namespace, TAP device or
 * program. Needs root, to make the user (the build here runs as root); elsewhere the build's own run is
 * the rootless one, and this says so and is skipped.
 */
class RootlessRunIT {
    private static final Duration RUN_BOUND = Duration.ofMinutes(10);

    @Test
    void everyHostsAndPacketsScenarioPassesAsAnOrdinaryUser() throws Exception {
        Optional<String> why = ThrowawayUser.unavailable();
        why.ifPresent(w -> System.out.println("[netspec] rootless run SKIPPED: " + w));
        assumeTrue(why.isEmpty(), () -> why.orElse(""));
        Path features = Path.of(System.getProperty("netspec.project.dir", "."), "features").toAbsolutePath();
        long expected = RootlessSuite.count(features);
        Map<String, String> before = RootNamespace.snapshot();
        List<String> netnsBefore = RootNamespace.runNetns();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        long started = System.nanoTime();
        try (ThrowawayUser user = ThrowawayUser.create(classPath, Launchers.jar())) {
            Path copy = user.run.resolve("cp/features");
            ThrowawayUser.output(List.of("cp", "-r", features.toString(), copy.toString()));
            List<String> out = run(user, toxiproxyFor(user), user.java(true, RootlessSuite.class.getName(), copy.toString()));
            String result = out.stream().filter(l -> l.startsWith("ROOTLESS ")).findFirst()
                    .orElseThrow(() -> new AssertionError("the rootless run printed no result:\n" + String.join("\n", out)));
            assertThat(result).as("every @hosts and @packets scenario and rootless test, as uid %d", user.uid)
                    .isEqualTo("ROOTLESS found=" + expected + " succeeded=" + expected
                            + " failed=0 aborted=0 skipped=0 launch=INSIDE");
            assertThat(Files.exists(user.home.resolve("reports/index.html"))).as("the run's report").isTrue();
            assertThat(notOwnedBy(user.home, user.uid)).as("files under %s not owned by the run's user", user.home).isEmpty();
            killedInTheMiddle(user);
            // Processes killed with their PID namespace end at once but are reaped a moment later: wait for that.
            await("no process of the run's user left").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(user.processes()).as("processes of the run's user left").isEmpty());
            assertThat(user.filesOutsideItsFolder()).as("files the run's user wrote outside its run folder").isEmpty();
        }
        assertThat(RootNamespace.runNetns()).as("/run/netns").isEqualTo(netnsBefore);
        assertThat(RootNamespace.snapshot()).as("the build's own namespace: interfaces, addresses, routes, nftables")
                .isEqualTo(before);
        System.out.printf("[netspec] rootless run: %d scenarios and tests passed as an ordinary user in %.1f s%n",
                expected, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The user's JVM is killed with SIGKILL while it holds 1,003 hosts, a router and programs (one of which
     * left a grandchild, one a child behind it): nothing is left, no sleep of theirs and no namespace.
     */
    private static void killedInTheMiddle(ThrowawayUser user) throws Exception {
        String nonce = Long.toString(System.nanoTime() % 1_000_000_000L);
        Process jvm = new ProcessBuilder(user.command(ThrowawayUser.TUN_0666, List.of(),
                user.java(true, HostsKillMain.class.getName(), Integer.toString(HostsKillTest.MANY), nonce)))
                .redirectErrorStream(true).start();
        String ready;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            ready = CompletableFuture.supplyAsync(() -> out.lines().filter(l -> l.startsWith("READY ")).findFirst()
                    .orElse("(ended without READY)")).get(60, TimeUnit.SECONDS);
        } finally {
            jvm.destroyForcibly();
        }
        assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ready).startsWith("READY ");
        List<String> parts = Arrays.asList(ready.split(" "));
        long program = Long.parseLong(parts.get(1));
        List<String> namespaces = parts.subList(2, parts.size());
        assertThat(namespaces).hasSize(3 + HostsKillTest.MANY + 3);
        assertThat(namespaces.stream().filter(n -> n.startsWith("pid:["))).as("the programs' PID namespaces").hasSize(3);
        await("the program on a host ends with the killed JVM").atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(program).map(p -> !p.isAlive()).orElse(true));
        await("nothing the programs started (the sleeps named " + nonce + ") outlives the killed JVM")
                .atMost(Duration.ofSeconds(10)).until(() -> ProgramProcesses.withArgument(nonce).isEmpty());
        await("no process, descriptor or mount holds a namespace of the killed JVM")
                .atMost(HostsKillTest.clearedWithin(namespaces.size()))
                .until(() -> RootNamespace.holders(namespaces).isEmpty());
    }

    /**
     * The environment that lets the user's run find this machine's toxiproxy-server (links on hosts start one
     * inside the host): a world-readable copy in the run's folder, named by NETSPEC_CACHE. Nothing where this
     * machine has none (the scenarios that need one then fail and say how to install it).
     */
    private static List<String> toxiproxyFor(ThrowawayUser user) throws IOException {
        Path binary;
        try {
            binary = SharedToxiproxy.binary();
        } catch (ToxiproxyUnavailable e) {
            return List.of();
        }
        Path cache = Files.createDirectory(user.run.resolve("cache"));
        Path copy = Files.copy(binary, cache.resolve(binary.getFileName()));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        return List.of("NETSPEC_CACHE=" + cache);
    }

    private static List<String> run(ThrowawayUser user, List<String> env, List<String> java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(user.command(ThrowawayUser.TUN_0666, env, java)).redirectErrorStream(true).start();
        p.getOutputStream().close();
        List<String> lines = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(line -> {
                    System.out.println("  rootless | " + line);
                    synchronized (lines) {
                        lines.add(line);
                    }
                }));
        if (!p.waitFor(RUN_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the rootless run did not end within " + RUN_BOUND);
        }
        reading.join();
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static List<String> notOwnedBy(Path folder, long uid) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> owner(p) != uid).map(p -> p + " (uid " + owner(p) + ")").toList();
        }
    }

    private static long owner(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
