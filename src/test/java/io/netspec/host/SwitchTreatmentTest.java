package io.netspec.host;

import io.netspec.testkit.Skip;
import io.netspec.core.Requirement;
import io.netspec.address.IpAddress;
import io.netspec.packet.Crossing;
import io.netspec.packet.Delivery;
import io.netspec.packet.FrameTreatment;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seam between the switch and frame treatment, with real hosts: every frame reaches the network's
 * treatment with its ingress port, its egress port chosen before (none for a broadcast), and only what
 * the treatment delivers arrives; frames a treatment drops are not counted as the switch's own.
 */
class SwitchTreatmentTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    /** Records every crossing; delivers it unless told to drop IPv4 (ARP still passes). */
    private static final class Recording implements FrameTreatment {
        final List<Crossing> seen = new CopyOnWriteArrayList<>();
        final AtomicBoolean dropIpv4 = new AtomicBoolean();
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void treat(Crossing crossing, Delivery delivery) {
            seen.add(crossing);
            if (!(dropIpv4.get() && etherType(crossing.frame()) == 0x0800)) {
                delivery.deliver(crossing);
            }
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    static int etherType(byte[] frame) {
        return (frame[12] & 0xFF) << 8 | frame[13] & 0xFF;
    }

    @Test
    void everyFrameCrossesTheTreatmentWithItsPortsAndOnlyWhatItDeliversArrives() {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.1.0/24");
        Recording treatment = new Recording();
        office.treatment(treatment);
        try (office;
             Host web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.10"))), false);
             Host db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false)) {
            assertThat(office.treatment()).isSameAs(treatment);
            InetAddress dbAddress = IpAddress.parse("192.168.1.20").toInetAddress();
            assertThat(web.echo(dbAddress, 1, WAIT)).as("an ICMP echo from web to db through the treatment").isPresent();

            assertThat(treatment.seen).as("ARP requests from web, flooded (no egress port)")
                    .anyMatch(c -> etherType(c.frame()) == 0x0806 && c.from().equals("web") && c.to() == null);
            assertThat(treatment.seen).as("the echo request, unicast to db once db's MAC address was learnt")
                    .anyMatch(c -> etherType(c.frame()) == 0x0800 && c.from().equals("web") && "db".equals(c.to()));
            assertThat(treatment.seen).as("the echo reply, unicast to web")
                    .anyMatch(c -> etherType(c.frame()) == 0x0800 && c.from().equals("db") && "web".equals(c.to()));
            assertThat(treatment.seen).allMatch(c -> c.receivedNanos() > 0 && c.frame().length >= 14);

            treatment.dropIpv4.set(true);
            assertThat(web.echo(dbAddress, 2, Duration.ofMillis(500))).as("an echo whose frames the treatment drops").isEmpty();
            assertThat(office.switchDrops()).as("frames the treatment dropped are not the switch's own").isZero();
            assertThat(office.hosts().get("db").address()).isEqualTo(IpAddress.parse("192.168.1.20"));
            assertThat(office.hosts().get("db").mac()).matches("02(:[0-9a-f]{2}){5}");

            office.treatment(FrameTreatment.NONE);
            assertThat(web.echo(dbAddress, 3, WAIT)).as("an echo once no treatment is set").isPresent();
        }
        assertThat(treatment.closed).as("the treatment set when the network closed").isFalse();
    }
}
