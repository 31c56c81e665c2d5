package io.netspec.packet;

import io.netspec.core.Requirement;
import io.netspec.core.Settings;
import io.netspec.testkit.Skip;
import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wake-latency request against the kernel's own PM QoS interface: reading /dev/cpu_dma_latency
 * gives the value in force (the smallest any open request asks for), and this JVM's open descriptors
 * show whether the request is still held. Other test JVMs may hold a request of their own meanwhile,
 * so after a close only this JVM's descriptors are compared, never the value in force.
 */
class WakeLatencyTest {
    private static final Settings DEFAULTS = new Settings(name -> null, name -> null);

    @Test
    void holdsZeroWhileOpenAndWithdrawsWhenClosed() throws IOException {
        Skip.unless(Files.isWritable(WakeLatency.DEVICE), Requirement.ROOT, () -> WakeLatency.DEVICE + " is not writable here: it is root's");
        long before = openRequests();
        try (WakeLatency w = WakeLatency.request(WakeLatency.allowed(DEFAULTS))) {
            assertThat(w.held()).isTrue();
            assertThat(w.describe()).isEqualTo("idle processors kept awake (/dev/cpu_dma_latency = 0 µs)");
            assertThat(valueInForce()).isZero();
            assertThat(openRequests()).isEqualTo(before + 1);
        }
        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void switchedOffItAsksNothingAndSaysWhy() throws IOException {
        long before = openRequests();
        Settings off = new Settings(Map.of("netspec.packets.wakeLatency", "false")::get, name -> null);
        try (WakeLatency w = WakeLatency.request(WakeLatency.allowed(off))) {
            assertThat(w.held()).isFalse();
            assertThat(w.describe()).isEqualTo("not asked: -Dnetspec.packets.wakeLatency / NETSPEC_PACKETS_WAKE_LATENCY is false");
            assertThat(openRequests()).isEqualTo(before);
        }
    }

    @Test
    void aNetworkAsksOnlyOnceAFrameWaitsAndWithdrawsAtItsClose() throws IOException {
        Skip.unless(Files.isWritable(WakeLatency.DEVICE), Requirement.ROOT, () -> WakeLatency.DEVICE + " is not writable here: it is root's");
        long before = openRequests();
        NetworkTreatment t = new NetworkTreatment("office", 1, null);
        try {
            t.treat(frame(), c -> { });
            assertThat(openRequests()).as("no frame has waited yet").isEqualTo(before);
            assertThat(t.wakeLatency()).isEmpty();
            t.impair(i -> i.withDelay(Duration.ofMillis(50), Duration.ZERO));
            t.treat(frame(), c -> { });
            assertThat(openRequests()).isEqualTo(before + 1);
            assertThat(t.wakeLatency()).contains("idle processors kept awake (/dev/cpu_dma_latency = 0 µs)");
        } finally {
            t.close();
        }
        assertThat(openRequests()).isEqualTo(before);
    }

    private static Crossing frame() {
        byte[] udp = Frames.udp(Frames.at("192.168.1.10", 5000), Frames.at("192.168.1.20", 6000), 8);
        return new Crossing("web", "db", udp, System.nanoTime());
    }

    /** The value in force now, in µs, as the kernel gives it: a 32-bit number in the machine's order. */
    private static int valueInForce() throws IOException {
        try (InputStream in = Files.newInputStream(WakeLatency.DEVICE)) {
            return ByteBuffer.wrap(in.readNBytes(4)).order(ByteOrder.nativeOrder()).getInt();
        }
    }

    /** This JVM's open descriptors on the device. */
    private static long openRequests() throws IOException {
        List<Path> fds;
        try (Stream<Path> listing = Files.list(Path.of("/proc/self/fd"))) {
            fds = listing.toList();
        }
        long open = 0;
        for (Path fd : fds) {
            try {
                open += Files.readSymbolicLink(fd).equals(WakeLatency.DEVICE) ? 1 : 0;
            } catch (NoSuchFileException gone) {  // the listing's own descriptor, closed since: no request
                continue;
            }
        }
        return open;
    }
}
