package io.netspec.launch;

import io.netspec.testkit.launch.LaunchReport;
import io.netspec.testkit.launch.Launchers;
import io.netspec.testkit.launch.SeccompExec;
import io.netspec.testkit.launch.ThrowawayUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each blocker this kernel can have, made for real for a throwaway ordinary user, and what a JVM started
 * with netspec's launcher then records and says: /dev/net/tun hidden or bound as a 0600 node, user
 * namespaces limited to 0 (in a user namespace of the user's own), a seccomp filter that refuses unshare,
 * a JVM started without the launcher; and none (a 0666 node): the JVM is re-launched and hosts run.
 * (Debian's and Ubuntu's sysctls cannot exist on this kernel: {@code VerdictTest} reads them from a folder.)
 */
class BlockersForRealTest {
    private static ThrowawayUser user;

    @BeforeAll
    static void makeUser() throws Exception {
        Optional<String> why = ThrowawayUser.unavailable();
        assumeTrue(why.isEmpty(), () -> "the blockers are made for a throwaway user: " + why.orElse(""));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        user = ThrowawayUser.create(classPath, Launchers.jar());
    }

    @AfterAll
    static void deleteUser() throws Exception {
        if (user != null) {
            user.close();
        }
    }

    @Test
    void withATunNodeItMayOpenTheJvmIsRelaunchedAndHostsRun() throws Exception {
        List<String> out = run(ThrowawayUser.TUN_0666, user.java(true, LaunchReport.class.getName()));
        assertThat(out).containsExactly("verdict=INSIDE null", "missing=nothing");
    }

    @Test
    void noTunDevice() throws Exception {
        List<String> out = run(ThrowawayUser.NO_TUN, user.java(true, LaunchReport.class.getName()));
        assertThat(out.get(0)).isEqualTo("verdict=BLOCKED NO_TUN");
        assertThat(out.get(1)).startsWith("missing=hosts cannot run here: " + Blocker.NO_TUN.what())
                .endsWith("Fix: " + Blocker.NO_TUN.fix());
    }

    @Test
    void aTunDeviceOnlyRootMayOpen() throws Exception {
        List<String> out = run(ThrowawayUser.TUN_0600, user.java(true, LaunchReport.class.getName()));
        assertThat(out.get(0)).isEqualTo("verdict=BLOCKED TUN_NOT_OPENABLE");
        assertThat(out.get(1)).contains(Blocker.TUN_NOT_OPENABLE.what()).endsWith("Fix: " + Blocker.TUN_NOT_OPENABLE.fix());
    }

    @Test
    void userNamespacesLimitedToNone() throws Exception {
        // In a user namespace of the user's own, user.max_user_namespaces is set to 0 there, and the JVM
        // runs without any capability: as an ordinary user on a machine with the sysctl at 0.
        List<String> inner = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--", "sh", "-c",
                "echo 0 > /proc/sys/user/max_user_namespaces && exec setpriv --inh-caps=-all --ambient-caps=-all"
                        + " --bounding-set=-all -- \"$@\"", "sh"));
        inner.addAll(user.java(true, LaunchReport.class.getName()));
        List<String> out = run(ThrowawayUser.TUN_0666, inner);
        assertThat(out.get(0)).isEqualTo("verdict=BLOCKED USER_NAMESPACES_OFF");
        assertThat(out.get(1)).contains("user.max_user_namespaces is 0").endsWith("Fix: " + Blocker.USER_NAMESPACES_OFF.fix());
    }

    @Test
    void aSeccompFilterThatRefusesUnshare() throws Exception {
        List<String> inner = new ArrayList<>(user.java(false, SeccompExec.class.getName()));
        inner.addAll(user.java(true, LaunchReport.class.getName()));
        List<String> out = run(ThrowawayUser.TUN_0666, inner);
        assertThat(out.get(0)).isEqualTo("verdict=BLOCKED SECCOMP");
        assertThat(out.get(1)).contains("Seccomp: 2").endsWith("Fix: " + Blocker.SECCOMP.fix());
    }

    @Test
    void aJvmStartedWithoutTheLauncherIsToldTheOneLineFix() throws Exception {
        List<String> out = run(ThrowawayUser.TUN_0666, user.java(false, LaunchReport.class.getName()));
        assertThat(out.get(0)).isEqualTo("verdict=none");
        assertThat(out.get(1)).contains(Blocker.NO_LAUNCHER.what()).contains("-javaagent:");
    }

    private static List<String> run(String setup, List<String> java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(user.command(setup, List.of(), java)).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the JVM under the condition did not end within 60 s");
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> l.startsWith("verdict=") || l.startsWith("missing=")).toList();
        assertThat(lines).as("what the JVM printed (exit %d):%n%s", p.exitValue(), text).hasSize(2);
        return lines;
    }
}
