package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.Requirement;
import io.netspec.core.ScenarioError;
import io.netspec.testkit.Skip;
import io.netspec.launch.UserNamespaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a user namespace of the run's own changes for hosts, checked in both ways hosts run: as root (the
 * unit tests here) and rootless (the rootless run selects tag "rootless"). Raw ICMP works either way
 * (CAP_NET_RAW of the run's user namespace covers the hosts' namespaces); a program that switches to
 * another user cannot where only the user's own uid is mapped (it ends with its own error); the few net. settings the kernel keeps
 * for the machine's root are hidden from rootless hosts, and setting one says why.
 */
@Tag("rootless")
class UserNamespaceChangesTest {
    private final List<AutoCloseable> made = new ArrayList<>();
    private Host a;
    private Host b;

    @BeforeEach
    void twoHosts() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        Topology topology = new Topology();
        Network lan = topology.network("lan", "192.168.7.0/24");
        made.add(lan);
        a = topology.host("a", List.of(new Topology.Join(lan, IpAddress.parse("192.168.7.10"))), false);
        made.add(a);
        b = topology.host("b", List.of(new Topology.Join(lan, IpAddress.parse("192.168.7.20"))), false);
        made.add(b);
    }

    @AfterEach
    void close() throws Exception {
        for (int i = made.size() - 1; i >= 0; i--) {
            made.get(i).close();
        }
    }

    @Test
    void rawIcmpEchoesWorkInsideHosts() {
        assertThat(a.echo(IpAddress.parse("192.168.7.20").toInetAddress(), 1, Duration.ofSeconds(5)))
                .as("an ICMP echo from a raw socket inside host a").isPresent();
    }

    @Test
    void aProgramThatSwitchesToAnotherUserRunsOnlyWhereThatUserExists() throws Exception {
        // Started inside host b as programs are (from its namespace's thread); it switches to uid 65534.
        Process p = b.spawn(new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                "sleep", "30").redirectErrorStream(true));
        try {
            if (UserNamespaces.initial()) {
                Path status = Path.of("/proc", Long.toString(p.pid()), "status");
                await("the program switched to uid 65534").atMost(Duration.ofSeconds(5))
                        .until(() -> !p.isAlive() || Files.readString(status).matches("(?s).*Uid:\\s+65534\\s.*"));
                assertThat(p.isAlive()).as("the program runs on as uid 65534").isTrue();
            } else {
                // Only the user's own uid exists in the run's user namespace: setresuid(65534) fails (EINVAL).
                assertThat(p.waitFor(5, TimeUnit.SECONDS)).as("the program ended by itself").isTrue();
                assertThat(p.exitValue()).as("setpriv's exit status after its failed switch").isNotZero();
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void settingsTheKernelKeepsForTheMachinesRootAreHiddenFromRootlessHosts() {
        assertThat(KernelSetting.set(a, "net.ipv4.tcp_syn_retries", "3")).as("a setting of the host's own").isNotBlank();
        assertThatThrownBy(() -> KernelSetting.set(a, "net.core.netdev_max_backlog", "1000"))
                .as("a setting of the whole machine, either way").isInstanceOf(ScenarioError.class)
                .hasMessageContaining("whole machine's").hasMessageNotContaining("rootless");
        if (UserNamespaces.initial()) {
            assertThat(KernelSetting.set(a, "net.ipv6.route.gc_thresh", "2048")).isNotBlank();
        } else {
            assertThatThrownBy(() -> KernelSetting.set(a, "net.ipv6.route.gc_thresh", "2048"))
                    .isInstanceOf(ScenarioError.class).hasMessageContaining("this run is rootless")
                    .hasMessageContaining("net.ipv6.route.gc_thresh");
        }
    }
}
