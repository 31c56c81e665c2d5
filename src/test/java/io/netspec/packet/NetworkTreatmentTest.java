package io.netspec.packet;

import io.netspec.measure.Wilson;
import io.netspec.testkit.packet.Conversation;
import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class NetworkTreatmentTest {
    private static final InetSocketAddress A = Frames.at("192.168.1.10", 5000);
    private static final InetSocketAddress B = Frames.at("192.168.1.20", 6000);

    /** What the switch got back: each frame and when. */
    private record Delivered(Crossing crossing, long at) {
    }

    private final List<Delivered> delivered = Collections.synchronizedList(new ArrayList<>());
    private final Delivery delivery = c -> delivered.add(new Delivered(c, System.nanoTime()));
    private final List<NetworkTreatment> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(NetworkTreatment::close);
    }

    private NetworkTreatment treatment(long seed) {
        NetworkTreatment t = new NetworkTreatment("office", seed, CaptureRing.withDefaults());
        opened.add(t);
        return t;
    }

    private static Crossing udp(int number) {
        byte[] frame = Frames.udp(A, B, 8);
        frame[frame.length - 1] = (byte) number;
        frame[frame.length - 2] = (byte) (number >> 8);
        frame[frame.length - 3] = (byte) (number >> 16);
        return new Crossing("web", "db", frame, System.nanoTime());
    }

    private static int number(Crossing c) {
        byte[] f = c.frame();
        return (f[f.length - 1] & 0xFF) | (f[f.length - 2] & 0xFF) << 8 | (f[f.length - 3] & 0xFF) << 16;
    }

    private long fromDb() {
        synchronized (delivered) {
            return delivered.stream().filter(d -> d.crossing().from().equals("db")).count();
        }
    }

    private List<Fate> fates(NetworkTreatment t) {
        return t.capture().orElseThrow().frames().stream().map(Captured::fate).toList();
    }

    @Test
    void withoutImpairmentEveryFramePassesAtOnceAndIsCaptured() {
        NetworkTreatment t = treatment(1);
        for (int i = 0; i < 10; i++) {
            t.treat(udp(i), delivery);
        }
        assertThat(delivered).extracting(d -> number(d.crossing())).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(fates(t)).containsOnly(Fate.PASSED).hasSize(10);
        assertThat(t.counts()).isEqualTo(new TreatmentCounts(10, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void lossHappensAtItsRateAndTheSameSeedReplaysTheSameChoices() {
        NetworkTreatment first = treatment(42);
        NetworkTreatment again = treatment(42);
        first.impair(i -> i.withLoss(0.10));
        again.impair(i -> i.withLoss(0.10));
        int frames = 20_000;
        for (int i = 0; i < frames; i++) {
            first.treat(udp(i), delivery);
        }
        long lost = frames - delivered.size();
        assertThat(Wilson.interval(lost, frames, 0.999).contains(0.10)).as("%d of %d lost", lost, frames).isTrue();
        assertThat(first.counts().dropped()).isEqualTo(lost);
        for (int i = 0; i < frames; i++) {
            again.treat(udp(i), c -> { });
        }
        assertThat(fates(again)).isEqualTo(fates(first));
        assertThat(first.capture().orElseThrow().frames().get(fates(first).indexOf(Fate.DROPPED)).detail())
                .isEqualTo("lost: 10.00% loss");
    }

    @Test
    void delayWithJitterKeepsEachFrameWithinItsBoundsAndInOrder() {
        NetworkTreatment t = treatment(7);
        t.impair(i -> i.withDelay(Duration.ofMillis(20), Duration.ofMillis(10)));
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Crossing c = udp(i);
            sent.add(System.nanoTime());
            t.treat(c, delivery);
        }
        await("200 delayed frames").atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 200);
        List<Delivered> got = List.copyOf(delivered);
        for (int i = 0; i < got.size(); i++) {
            assertThat(number(got.get(i).crossing())).isEqualTo(i);
            assertThat(got.get(i).at() - sent.get(i)).isGreaterThanOrEqualTo(Duration.ofMillis(10).toNanos());
        }
        assertThat(fates(t)).containsOnly(Fate.DELAYED);
        assertThat(t.counts().scheduled()).isEqualTo(200);
        assertThat(t.counts().maxLateNanos()).isGreaterThanOrEqualTo(t.counts().meanLateNanos()).isPositive();
    }

    @Test
    void duplicatesAreDeliveredTwiceAndCounted() {
        NetworkTreatment t = treatment(3);
        t.impair(i -> i.withDuplication(0.5));
        for (int i = 0; i < 2_000; i++) {
            t.treat(udp(i), delivery);
        }
        long duplicated = fates(t).stream().filter(f -> f == Fate.DUPLICATED).count();
        assertThat(duplicated).isBetween(850L, 1150L).isEqualTo(t.counts().duplicated());
        await("every copy").atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 2_000 + duplicated);
    }

    @Test
    void reorderedFramesAreOvertakenAndNoneIsLost() {
        NetworkTreatment t = treatment(5);
        t.impair(i -> i.withReordering(0.3));
        for (int i = 0; i < 1_000; i++) {
            t.treat(udp(i), delivery);
        }
        await("every frame, held ones included").atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 1_000);
        List<Integer> order = delivered.stream().map(d -> number(d.crossing())).toList();
        long overtaken = 0;
        for (int i = 1; i < order.size(); i++) {
            overtaken += order.get(i) < order.get(i - 1) ? 1 : 0;
        }
        assertThat(overtaken).isGreaterThan(150);
        assertThat(order).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 1_000).boxed().toList());
        assertThat(t.counts().reordered()).isEqualTo(fates(t).stream().filter(f -> f == Fate.REORDERED).count());
    }

    @Test
    void dropsTheFirstSynsToOneAddressOnly() {
        NetworkTreatment t = treatment(1);
        t.dropFirstSyns(B.getAddress(), 2);
        for (int i = 0; i < 3; i++) {
            t.treat(new Crossing("web", "db", Frames.tcp(A, B, Packet.SYN, 1000, 0, 0), System.nanoTime()), delivery);
        }
        t.treat(new Crossing("db", "web", Frames.tcp(B, A, Packet.SYN, 1000, 0, 0), System.nanoTime()), delivery);
        assertThat(fates(t)).containsExactly(Fate.DROPPED, Fate.DROPPED, Fate.PASSED, Fate.PASSED);
        assertThat(t.capture().orElseThrow().frames().get(1).detail()).isEqualTo("SYN 2 of the first 2 to 192.168.1.20");
        assertThat(delivered).hasSize(2);
    }

    @Test
    void dropsTheFirstTransmissionOfOneDataSegmentAndPassesItsRetransmission() {
        NetworkTreatment t = treatment(1);
        t.dropDataSegment(Conversation.CLIENT, 3);
        for (Captured c : Conversation.withSegment3Lost()) {
            t.treat(new Crossing(c.from(), c.to(), c.frame(), System.nanoTime()), delivery);
        }
        List<Captured> seen = t.capture().orElseThrow().frames();
        TcpConnection connection = TcpConnections.ofClient(seen, Conversation.CLIENT).orElseThrow();
        TcpConnection.Segment third = connection.clientSegments().get(2);
        assertThat(third.first().fate()).isEqualTo(Fate.DROPPED);
        assertThat(third.first().detail()).isEqualTo("data segment 3 from 192.168.1.10:40000, its first transmission");
        assertThat(third.retransmissions()).singleElement().extracting(Captured::fate).isEqualTo(Fate.PASSED);
        assertThat(fates(t).stream().filter(f -> f == Fate.DROPPED)).hasSize(1);
    }

    @Test
    void aRateLimitSpacesFramesAndDropsWhatOverflowsItsQueue() {
        NetworkTreatment t = treatment(1);
        t.limitRate(1_000_000);
        long start = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            t.treat(new Crossing("web", "db", Frames.udp(A, B, 1250 - 42), System.nanoTime()), delivery);
        }
        await("8 frames at 1 Mbit/s").atMost(Duration.ofSeconds(5)).until(() -> delivered.size() == 8);
        // 1250 bytes are 10 ms at 1 Mbit/s: the 8th leaves 80 ms after the first arrived
        assertThat(delivered.get(7).at() - start).isGreaterThanOrEqualTo(Duration.ofMillis(79).toNanos());
        for (int i = 0; i < 30; i++) {
            t.treat(new Crossing("web", "db", Frames.udp(A, B, 1250 - 42), System.nanoTime()), c -> { });
        }
        assertThat(t.capture().orElseThrow().frames()).anySatisfy(c -> assertThat(c.detail())
                .isEqualTo("the queue of the 1 Mbit/s limit was full"));
    }

    @Test
    void oneDirectionCanBeImpairedAlone() {
        NetworkTreatment t = treatment(1);
        t.impair(List.of(new Between(A.getAddress(), B.getAddress())), i -> i.withDelay(Duration.ofMillis(300), Duration.ZERO));
        t.treat(new Crossing("web", "db", Frames.udp(A, B, 10), System.nanoTime()), delivery);
        t.treat(new Crossing("db", "web", Frames.udp(B, A, 10), System.nanoTime()), delivery);
        assertThat(delivered).singleElement().satisfies(d -> assertThat(d.crossing().from()).isEqualTo("db"));
        await("the delayed direction").atMost(Duration.ofSeconds(3)).until(() -> delivered.size() == 2);
        assertThat(fates(t)).containsExactly(Fate.DELAYED, Fate.PASSED);
    }

    @Test
    void oneDirectionCanBeRateLimitedAlone() {
        NetworkTreatment t = treatment(1);
        t.limitRate(new Between(A.getAddress(), B.getAddress()), 1_000_000);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            t.treat(new Crossing("web", "db", Frames.udp(A, B, 1250 - 42), System.nanoTime()), delivery);
            long before = fromDb();
            t.treat(new Crossing("db", "web", Frames.udp(B, A, 1250 - 42), System.nanoTime()), delivery);
            assertThat(fromDb()).as("the other direction passes at once, on the caller's thread").isEqualTo(before + 1);
        }
        // each limited frame takes 10 ms of sending time: the third leaves 20 ms after the first at the earliest
        await("3 frames at 1 Mbit/s").atMost(Duration.ofSeconds(3)).until(() -> delivered.size() == 6);
        List<Long> limited = delivered.stream().filter(d -> d.crossing().from().equals("web")).map(Delivered::at).toList();
        assertThat(limited.get(2) - start).as("ns from the first limited frame to the third's departure")
                .isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
        assertThat(t.describe()).contains("192.168.1.10 -> 192.168.1.20 limited to 1 Mbit/s");
    }

    @Test
    void badSettingsNameTheNetworkAndWhatWasExpected() {
        NetworkTreatment t = treatment(1);
        assertThatThrownBy(() -> t.impair(i -> i.withLoss(1.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the network \"office\": a loss of 150.0%; expected between 0% and 100%");
        assertThatThrownBy(() -> t.impair(i -> i.withDelay(Duration.ofHours(1), Duration.ZERO)))
                .hasMessage("the network \"office\": a delay of 3600000 ms with 0 ms of jitter; expected at most 10 s");
        assertThatThrownBy(() -> t.impair(i -> i.withDelay(Duration.ofMillis(-5), Duration.ZERO)))
                .hasMessageContaining("a delay of -5 ms").hasMessageContaining("expected neither below 0");
        assertThatThrownBy(() -> t.dropDataSegment(A, 0))
                .hasMessageContaining("expected a segment number of 1 or more");
        assertThatThrownBy(() -> t.dropFirstSyns(B.getAddress(), 0)).hasMessageContaining("expected 1 or more");
        assertThatThrownBy(() -> t.limitRate(10)).hasMessageContaining("expected between 1 kbit/s");
    }

    @Test
    void closeStopsTheSchedulerAndDropsWhatItHeld() {
        NetworkTreatment t = new NetworkTreatment("closing", 1, null);
        t.impair(i -> i.withDelay(Duration.ofSeconds(5), Duration.ZERO));
        t.treat(udp(1), delivery);
        assertThat(threadNamed("netspec-packets-closing")).isTrue();
        t.close();
        assertThat(threadNamed("netspec-packets-closing")).isFalse();
        t.treat(udp(2), delivery);
        assertThat(delivered).isEmpty();
        assertThat(t.capture()).isEmpty();
    }

    private static boolean threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(th -> th.getName().equals(name) && th.isAlive());
    }

    @Test
    void arpFramesPassUntouchedWhateverTheLoss() throws Exception {
        NetworkTreatment t = treatment(3);
        t.impair(i -> i.withLoss(0.99).withDelay(Duration.ofMillis(50), Duration.ZERO));
        for (int i = 0; i < 50; i++) {
            t.treat(new Crossing("web", null, Frames.arpRequest("192.168.1.10", "192.168.1.20"), System.nanoTime()), delivery);
        }
        assertThat(delivered).hasSize(50);
        assertThat(fates(t)).containsOnly(Fate.PASSED);
        for (int i = 0; i < 50; i++) {
            t.treat(udp(i), delivery);
        }
        assertThat(fates(t).stream().filter(f -> f == Fate.DROPPED).count()).as("UDP frames at 99% loss")
                .isGreaterThan(40);
    }
}
