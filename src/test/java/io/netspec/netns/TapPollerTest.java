package io.netspec.netns;

import io.netspec.host.Capability;
import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One poller waits on several TAP devices: it reports the device whose namespace sent a frame (by the
 * owner's token), nothing while all are quiet, and returns at once when woken from another thread.
 */
class TapPollerTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void itReportsTheDeviceWithAFrameWaiting() throws Exception {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        try (Namespace ns = Namespace.create("poller-test", BOUND);
             Tap quiet = ns.openTap("eth0", BOUND);
             Tap talking = ns.openTap("eth1", BOUND);
             TapPoller poller = TapPoller.open(8)) {
            ns.call(() -> {
                for (String dev : new String[] {"eth0", "eth1"}) {  // no IPv6: its chatter would make both ready
                    java.nio.file.Files.writeString(java.nio.file.Path.of("/proc/sys/net/ipv6/conf", dev, "disable_ipv6"), "1");
                }
                new LinkChanges().up("eth0").ethernet("eth1", new byte[] {2, 0, 0, 0, 0, 1}, 1500, 100)
                        .address("eth1", InetAddress.getByName("10.1.0.1"), 24).apply();
                return null;
            }, BOUND);
            poller.add(quiet, 3);
            poller.add(talking, 7);
            Memory frame = new Memory(2048);
            int[] ready = new int[8];
            assertThat(poller.await(ready, 200)).as("devices ready while both are quiet").isZero();

            // A datagram to a neighbour on eth1's network makes the kernel ask for its MAC address there (ARP).
            ns.call(() -> {
                try (var socket = new java.net.DatagramSocket(0, InetAddress.getByName("10.1.0.1"))) {
                    socket.send(new java.net.DatagramPacket(new byte[1], 1, InetAddress.getByName("10.1.0.2"), 9));
                }
                return null;
            }, BOUND);
            assertThat(poller.await(ready, 5_000)).as("devices ready after a frame was sent out of eth1").isEqualTo(1);
            assertThat(ready[0]).as("the token of eth1").isEqualTo(7);
            assertThat(talking.read(frame, 2048)).as("the frame's length").isGreaterThanOrEqualTo(42);

            long start = System.nanoTime();
            new Thread(poller::wake, "poller-test-waker").start();
            poller.await(ready, 10_000);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to return when woken").isLessThan(BOUND);
        }
    }
}
