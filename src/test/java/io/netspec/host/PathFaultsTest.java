package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.Requirement;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.Target;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.Skip;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The words for the path to a target: straight on loopback, or across a real network of hosts. */
class PathFaultsTest {
    private static final Function<Target, Optional<String>> NO_HOP = target -> Optional.empty();

    @Test
    void aHopSaysWhatItDoesFirst() {
        try (TcpServer echo = TcpServer.echo().named("echo").start()) {
            assertThat(PathFaults.of(echo, List.of(), target -> Optional.of("through a hop"))).isEqualTo("through a hop");
        }
    }

    @Test
    void aServerHereIsStraightAhead() {
        try (TcpServer echo = TcpServer.echo().named("echo").start()) {
            assertThat(PathFaults.of(echo, List.of(), NO_HOP)).isEqualTo("straight to " + echo.describe() + ", no fault on the path");
        }
    }

    @Test
    void aServerOnAHostIsAcrossItsNetworksTreatment() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.1.0/24");
        NetworkTreatment treatment = new NetworkTreatment("office", 1, CaptureRing.withDefaults());
        try (office; Host db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false);
             TcpServer echo = TcpServer.echo().named("echo").on(db.address(4)).inside(db).start()) {
            assertThat(PathFaults.of(echo, List.of(office), NO_HOP)).startsWith("straight to ");
            office.treatment(treatment);
            assertThat(PathFaults.of(echo, List.of(office), NO_HOP))
                    .isEqualTo("to " + echo.describe() + " across the " + treatment.describe());
        }
    }
}
