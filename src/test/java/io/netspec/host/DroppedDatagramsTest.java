package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.Requirement;
import io.netspec.core.ScenarioError;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import io.netspec.testkit.Skip;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A UDP sink on a real host against the capture of the network its datagrams crossed. */
class DroppedDatagramsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aSinkThatGotEveryDatagramMissedOnlyWhatTheNetworkDroppedAndOneThatWasGoneMissedMore() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.1.0/24");
        NetworkTreatment treatment = new NetworkTreatment("office", 1, CaptureRing.withDefaults());
        office.treatment(treatment);
        List<String> log = new ArrayList<>();
        try (office;
             Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
             Host db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false);
             UdpServer sink = UdpServer.sink().named("sink").on(db.address(4)).inside(db).start();
             UdpServer gone = UdpServer.sink().named("gone").on(db.address(4)).inside(db).start();
             UdpClient bob = new UdpClient("bob", web)) {
            CaptureRing ring = treatment.capture().orElseThrow();
            List<Host> hosts = List.of(web, db);
            bob.sendNumbered(30, () -> 100, sink, 10_000);
            DroppedDatagrams.missedOnlyDropped("sink", sink, "office", ring, hosts, WAIT, log::add);
            assertThat(log).last().asString().startsWith("30 datagrams crossed \"office\" towards it, the network"
                    + " dropped 0, host \"db\" dropped ").contains("and \"sink\" missed 0");
            gone.close();
            bob.sendNumbered(10, () -> 100, gone, 10_000);
            assertThatThrownBy(() -> DroppedDatagrams.missedOnlyDropped("gone", gone, "office", ring, hosts, WAIT, log::add))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected \"gone\" to miss only the datagrams the network \"office\" dropped")
                    .hasMessageContaining("10 datagrams crossed \"office\" towards it, the network dropped 0");
        }
    }

    @Test
    void aSinkOnNoHostIsAScenarioError() {
        try (UdpServer sink = UdpServer.sink().named("here").start()) {
            assertThatThrownBy(() -> DroppedDatagrams.missedOnlyDropped("here", sink, "office", CaptureRing.withDefaults(),
                    List.of(), WAIT, line -> { })).isInstanceOf(ScenarioError.class)
                    .hasMessage("\"here\" is not on a host of this scenario");
        }
    }
}
