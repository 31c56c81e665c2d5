package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.netns.ConnectError;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.FaultTimeline;
import io.netspec.packet.Faults;
import io.netspec.packet.NetworkTreatment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cables and outages with real hosts: a pulled cable is what the host's kernel sees (NO-CARRIER, its
 * routes linkdown, and with ignore_routes_with_linkdown no route at all), nothing crosses to or from it,
 * and plugged back in (by a step or by itself after its time) it reaches again; a network down drops
 * every frame, ARP included, and the capture says why.
 */
class OutagesTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final Faults faults = new Faults("test");
    private Topology topology;
    private Network office;
    private CaptureRing ring;
    private Host web;
    private Host db;
    private InetAddress dbAddress;

    @BeforeEach
    void hosts() {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        topology = new Topology();
        office = topology.network("office", "192.168.1.0/24");
        ring = CaptureRing.withDefaults();
        office.treatment(new NetworkTreatment("office", () -> 1L, ring, faults.cuts()));
        web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
        db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false);
        dbAddress = IpAddress.parse("192.168.1.20").toInetAddress();
    }

    @AfterEach
    void close() {
        faults.close();
        if (db != null) {
            db.close();
            web.close();
            office.close();
        }
    }

    @Test
    void aPulledCableIsNoCarrierInsideTheHostAndNothingCrossesUntilItIsPluggedBackIn() throws Exception {
        Outages outages = new Outages(topology, faults);
        assertThat(web.echo(dbAddress, 1, WAIT)).as("an echo before the cable is pulled").isPresent();

        outages.pull("db", null);
        assertThat(ip(db, "-o", "link", "show", "eth0")).contains("NO-CARRIER").doesNotContain("LOWER_UP");
        assertThat(ip(db, "route", "show", "dev", "eth0")).contains("linkdown");
        assertThat(web.echo(dbAddress, 2, Duration.ofMillis(500))).as("an echo to a host whose cable is out").isEmpty();
        assertThat(ring.frames()).anyMatch(c -> c.fate() == Fate.DROPPED
                && c.detail().equals("the cable of host \"db\" is pulled"));
        assertThatThrownBy(() -> outages.pull("db", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is pulled already");

        outages.plugBackIn("db");
        assertThat(ip(db, "-o", "link", "show", "eth0")).contains("LOWER_UP").doesNotContain("NO-CARRIER");
        assertThat(web.echo(dbAddress, 3, WAIT)).as("an echo once it is plugged back in").isPresent();
        assertThatThrownBy(() -> outages.plugBackIn("db")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be plugged back in: it is not pulled");
        FaultTimeline.Entry entry = faults.timeline().entries().get(0);
        assertThat(entry.kind()).isEqualTo(FaultTimeline.Kind.CABLE);
        assertThat(entry.endNanos()).isGreaterThan(entry.startNanos());
    }

    @Test
    void withoutAnyTreatmentTheSwitchPortItselfWritesNothingToAPulledCable() {
        office.treatment().close();  // the switch closes only the treatment it has at the end
        office.treatment(io.netspec.packet.FrameTreatment.NONE);
        new Outages(topology, faults).pull("db", null);
        assertThat(web.echo(dbAddress, 7, Duration.ofMillis(500))).isEmpty();
        assertThat(office.counters()).containsPattern("db: .* not written \\(cable pulled\\)");
    }

    @Test
    void withIgnoreRoutesWithLinkdownAHostWhoseCableIsOutHasNoRoute() {
        KernelSetting.set(db, "net.ipv4.conf.eth0.ignore_routes_with_linkdown", "1");
        new Outages(topology, faults).pull("db", null);
        var outcome = db.connect(IpAddress.parse("192.168.1.10").toInetAddress(), 80, WAIT);
        assertThat(ConnectError.named("network is unreachable").matches(outcome)).as(outcome.osWords()).isTrue();
    }

    @Test
    void aCablePulledForATimeIsPluggedBackInByItselfAndTheTimelineHasBothEnds() {
        Faults.Fault fault = new Outages(topology, faults).pull("db", Duration.ofMillis(300));
        await("the cable plugged back in").atMost(WAIT).until(() -> fault.entry().endNanos() != 0);
        long took = fault.entry().endNanos() - fault.entry().startNanos();
        assertThat(took).isBetween(TimeUnit.MILLISECONDS.toNanos(300), TimeUnit.MILLISECONDS.toNanos(300) + WAIT.toNanos());
        assertThat(faults.cuts().isPulled("db")).isFalse();
        assertThat(web.echo(dbAddress, 4, WAIT)).isPresent();
    }

    @Test
    void aNetworkDownDropsEveryFrameArpIncludedUntilItComesBackUp() {
        Outages outages = new Outages(topology, faults);
        outages.down("office", null);
        assertThat(web.echo(dbAddress, 5, Duration.ofMillis(500))).isEmpty();
        List<Captured> dropped = ring.frames().stream().filter(c -> c.fate() == Fate.DROPPED).toList();
        assertThat(dropped).isNotEmpty().allMatch(c -> c.detail().equals("the network \"office\" is down"));
        assertThatThrownBy(() -> outages.down("office", null)).hasMessageContaining("it is down already");
        outages.up("office");
        assertThat(web.echo(dbAddress, 6, WAIT)).isPresent();
        assertThatThrownBy(() -> outages.up("office")).hasMessageContaining("it is not down");
    }

    static String ip(Host host, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("nsenter", "--net=" + host.namespacePath(), "ip"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
