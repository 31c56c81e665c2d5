package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.Requirement;
import io.netspec.socket.Targets;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.Skip;
import io.netspec.testkit.host.RootNamespace;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hosts, networks, a router, a program and traffic between them change nothing in the namespace the
 * JVM started in: its interfaces, addresses, routes and nftables ruleset read the same before and after.
 */
class RootNamespaceUnchangedTest {

    @Test
    void theJvmsOwnNamespaceIsTheSameBeforeAndAfter() throws Exception {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        Map<String, String> before = RootNamespace.snapshot();
        Topology topology = new Topology();
        List<AutoCloseable> made = new ArrayList<>();
        try {
            Network office = topology.network("office", "192.168.1.0/24");
            made.add(office);
            Network dc = topology.network("dc", "10.0.0.0");
            made.add(dc);
            Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
            made.add(web);
            Host db = topology.host("db", List.of(new Topology.Join(dc, IpAddress.parse("10.0.0.5"))), false);
            made.add(db);
            made.add(topology.host("gw", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.1")),
                    new Topology.Join(dc, IpAddress.parse("10.0.0.1"))), true));
            made.add(Program.start(db, "sleeper", "sleep 30", Program.Mode.KEEPS_RUNNING, () -> Duration.ofSeconds(2)));
            assertThat(web.echo(IpAddress.parse("10.0.0.5").toInetAddress(), 1, Duration.ofSeconds(5)))
                    .as("an ICMP echo from web to db through the router").isPresent();
            try (TcpServer echo = TcpServer.echo().on(db.address(4)).inside(db).start();
                 TcpClient client = TcpClient.connect("c", Targets.parse("10.0.0.5:" + echo.port()), Duration.ofSeconds(5), null, web)) {
                client.send("across".getBytes());
                assertThat(client.receive(6, Duration.ofSeconds(5))).isEqualTo("across".getBytes());
            }
        } finally {
            for (int i = made.size() - 1; i >= 0; i--) {
                made.get(i).close();
            }
        }
        assertThat(RootNamespace.snapshot()).isEqualTo(before);
    }
}
