package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.Requirement;
import io.netspec.core.ScenarioError;
import io.netspec.netns.ConnectError;
import io.netspec.socket.Targets;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.KeptEvidence;
import io.netspec.testkit.Skip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Echoes, traced paths and failing connects on real hosts: "web" on office, "db" on dc, the router "gw" between. */
class ReachChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Topology topology;
    private static Network office;
    private static Network dc;
    private static Host web;
    private static Host db;
    private static Host gw;
    private static Function<String, Host> hosts;

    @BeforeAll
    static void hosts() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        topology = new Topology();
        office = topology.network("office", "192.168.1.0/24");
        dc = topology.network("dc", "10.0.0.0/24");
        web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
        db = topology.host("db", List.of(new Topology.Join(dc, IpAddress.parse("10.0.0.5"))), false);
        gw = topology.host("gw", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.1")),
                new Topology.Join(dc, IpAddress.parse("10.0.0.1"))), true);
        hosts = Map.of("web", web, "db", db, "gw", gw)::get;
    }

    @AfterAll
    static void close() throws Exception {
        for (AutoCloseable c : new AutoCloseable[]{web, db, gw, office, dc}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void anEchoIsAnsweredAcrossTheRouterAndNotFromAnAddressNobodyHas() {
        assertThat(Echoes.reaches(web, "10.0.0.5", SEQUENCE::incrementAndGet, WAIT))
                .startsWith("host \"web\" reached 10.0.0.5: ICMP echo answered in ");
        assertThatThrownBy(() -> Echoes.cannotReach(web, "10.0.0.5", SEQUENCE::incrementAndGet, WAIT))
                .isInstanceOf(ExpectationFailure.class).hasMessageStartingWith("expected host \"web\" not to reach 10.0.0.5");
        Duration brief = Duration.ofMillis(300);
        assertThat(Echoes.cannotReach(web, "10.0.0.99", SEQUENCE::incrementAndGet, brief))
                .isEqualTo("host \"web\" cannot reach 10.0.0.99: no ICMP echo answered within 300 ms");
        assertThatThrownBy(() -> Echoes.reaches(web, "10.0.0.99", SEQUENCE::incrementAndGet, brief))
                .isInstanceOf(ExpectationFailure.class).hasMessage("expected host \"web\" to reach 10.0.0.99 (an ICMP"
                        + " echo answered within 300 ms), but no echo reply came");
    }

    @Test
    void thePathGoesThroughTheRouterAndOnlyRoutersMayBeNamed() {
        KeptEvidence evidence = new KeptEvidence();
        assertThat(PathCheck.routers("gw", hosts)).containsExactly("gw");
        assertThatThrownBy(() -> PathCheck.routers("gw, db", hosts)).isInstanceOf(ScenarioError.class)
                .hasMessageStartingWith("\"db\" is a host, not a router");
        assertThat(PathCheck.goesThrough(web, "10.0.0.5", List.of("gw"), topology, hosts, SEQUENCE::incrementAndGet, WAIT,
                evidence)).startsWith("the path from host \"web\" to 10.0.0.5 went through \"gw\", then ");
        assertThat(evidence.attached).containsKey("path from host \"web\" to 10.0.0.5");
        assertThatThrownBy(() -> PathCheck.goesThrough(web, "10.0.0.5", List.of(), topology, hosts,
                SEQUENCE::incrementAndGet, WAIT, evidence)).isInstanceOf(ExpectationFailure.class)
                .hasMessageStartingWith("expected the path from host \"web\" to 10.0.0.5 to cross no router and reach it,"
                        + " but it went through \"gw\"");
    }

    @Test
    void aConnectToAClosedPortIsRefusedAndOneToAServerConnects() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").on(db.address(4)).inside(db).start()) {
            ConnectCheck.failsWith(web, Targets.parse("10.0.0.5:9"), ConnectError.named("Connection refused"), WAIT,
                    evidence);
            assertThat(evidence.attached).containsKey("OS answer to a TCP connection from host \"web\" to \"10.0.0.5:9\"");
            assertThatThrownBy(() -> ConnectCheck.failsWith(web, echo, ConnectError.named("Connection refused"), WAIT,
                    evidence)).isInstanceOf(ExpectationFailure.class).hasMessageContaining("but it connected after");
        }
    }

    @Test
    void theTopologyIsAttachedWithItsSwitchesAndRouters() {
        KeptEvidence evidence = new KeptEvidence();
        TopologyReport.attach(topology, List.of(), evidence);
        assertThat(evidence.mediaTypes).containsEntry("topology", "image/svg+xml");
        assertThat(evidence.attached.get("networks and their switches")).contains("hosts ran ");
        assertThat(Places.hostOf(web)).containsSame(web);
        KeptEvidence none = new KeptEvidence();
        TopologyReport.attach(new Topology(), List.of(), none);
        assertThat(none.attached).isEmpty();
    }
}
