package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.Requirement;
import io.netspec.packet.Crossing;
import io.netspec.packet.Delivery;
import io.netspec.packet.FrameTreatment;
import io.netspec.testkit.Skip;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch's lanes, with real hosts: ports are dealt to the lanes in turn, so while a frame of the first
 * host's is held up (here by a treatment that blocks), the second host's frames still cross the switch
 * (with a single thread for all the ports they waited behind it); and a port's frames are handed on in the order
 * they were sent, by one thread at a time.
 */
class SwitchThreadsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** More than a port's batch of frames per turn, fewer than a TAP device's queue holds. */
    private static final int DATAGRAMS = 300;

    /** Holds the frames from one host until released; records the order and overlap of each host's frames. */
    private static final class Holding implements FrameTreatment {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch held = new CountDownLatch(1);
        volatile String holdFrom = "";
        final Map<String, AtomicInteger> inside = new ConcurrentHashMap<>();
        final AtomicInteger overlaps = new AtomicInteger();
        final Map<String, List<Integer>> sequence = new ConcurrentHashMap<>();

        @Override
        public void treat(Crossing crossing, Delivery delivery) {
            AtomicInteger here = inside.computeIfAbsent(crossing.from(), h -> new AtomicInteger());
            if (here.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                if (crossing.from().equals(holdFrom)) {
                    held.countDown();
                    if (!release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new IllegalStateException("the test never released the held frames");
                    }
                }
                recordDatagram(crossing.from(), crossing.frame());
                delivery.deliver(crossing);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                here.decrementAndGet();
            }
        }

        /** The number a test datagram carries: IPv4, UDP, to port 9, 4 bytes. */
        private void recordDatagram(String from, byte[] frame) {
            ByteBuffer f = ByteBuffer.wrap(frame);
            if (frame.length >= 46 && f.getShort(12) == 0x0800 && frame[23] == 17 && f.getShort(36) == 9) {
                sent(from).add(f.getInt(42));
            }
        }

        List<Integer> sent(String from) {
            return sequence.computeIfAbsent(from, h -> new CopyOnWriteArrayList<>());
        }

        @Override
        public void close() {
            release.countDown();
        }
    }

    @Test
    void aPortHeldUpHoldsUpNoOtherLaneAndEachPortKeepsItsOrder() throws Exception {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.7.0/24");
        Holding treatment = new Holding();
        office.treatment(treatment);
        try (office;
             Host a = host(topology, office, "a", "192.168.7.10");
             Host b = host(topology, office, "b", "192.168.7.20");
             Host c = host(topology, office, "c", "192.168.7.30")) {
            InetAddress bAddress = IpAddress.parse("192.168.7.20").toInetAddress();
            InetAddress cAddress = IpAddress.parse("192.168.7.30").toInetAddress();

            try (DatagramSocket fromA = a.open(() -> new DatagramSocket(0, IpAddress.parse("192.168.7.10").toInetAddress()));
                 DatagramSocket fromB = b.open(() -> new DatagramSocket(0, bAddress))) {
                assertThat(a.echo(bAddress, 1, WAIT)).as("a reaches b before anything is held").isPresent();
                assertThat(b.echo(cAddress, 2, WAIT)).as("b reaches c before anything is held").isPresent();
                send(fromA, bAddress, DATAGRAMS);
                Awaitility.await("all of a's datagrams handed on").atMost(WAIT).until(() -> treatment.sent("a").size() == DATAGRAMS);
                assertThat(treatment.sent("a")).as("a's datagrams as the switch handed them on, in the order a sent them")
                        .isSorted();
                assertThat(treatment.overlaps).as("frames of one port handed on by two threads at once").hasValue(0);

                treatment.holdFrom = "a";
                Thread pinger = new Thread(() -> a.echo(bAddress, 3, WAIT), "switch-threads-test-a");
                pinger.start();
                assertThat(treatment.held.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("a frame from a is held").isTrue();
                send(fromB, cAddress, 1);
                Awaitility.await("b's datagram to c handed on while a frame of a's is held up")
                        .atMost(WAIT).until(() -> treatment.sent("b").size() == 1);
                treatment.release.countDown();
                pinger.join(WAIT.toMillis() * 2);
                assertThat(pinger.isAlive()).as("a's echo ended once released").isFalse();
            }
        }
    }

    private static void send(DatagramSocket from, InetAddress to, int count) throws java.io.IOException {
        for (int i = 0; i < count; i++) {
            from.send(new DatagramPacket(ByteBuffer.allocate(4).putInt(i).array(), 4, to, 9));
        }
    }

    private static Host host(Topology topology, Network network, String name, String address) {
        return topology.host(name, List.of(new Topology.Join(network, IpAddress.parse(address))), false);
    }
}
