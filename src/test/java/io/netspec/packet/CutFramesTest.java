package io.netspec.packet;

import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cuts inside a network's treatment: a cut frame is captured as dropped with the reason and sees no
 * impairment (it draws no random number, so the frames around it meet the same fates as without it);
 * a frame already waiting in the delay queue when a cut starts still leaves at its time (the cut judges
 * frames as the switch reads them); a rejected SYN is answered with a reset to the port it came from.
 */
class CutFramesTest {
    private static final InetSocketAddress A = Frames.at("192.168.1.10", 5000);
    private static final InetSocketAddress B = Frames.at("192.168.1.20", 6000);

    private final List<Crossing> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<NetworkTreatment> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(NetworkTreatment::close);
    }

    private NetworkTreatment treatment(Cuts cuts) {
        NetworkTreatment t = new NetworkTreatment("office", () -> 5L, CaptureRing.withDefaults(), cuts);
        opened.add(t);
        return t;
    }

    private static Crossing frame(int n) {
        byte[] f = Frames.udp(A, B, 8);
        f[f.length - 1] = (byte) n;
        return new Crossing("web", "db", f, System.nanoTime());
    }

    @Test
    void aCutFrameIsCapturedAsDroppedAndDrawsNoRandomNumber() {
        Cuts cuts = new Cuts();
        NetworkTreatment cut = treatment(cuts);
        NetworkTreatment plain = treatment(new Cuts());
        cut.impair(i -> i.withLoss(0.5));
        plain.impair(i -> i.withLoss(0.5));
        CutRule rule = CutRule.bothWays(List.of(A.getAddress()), List.of(B.getAddress()), "web cut off from db");
        for (int n = 0; n < 60; n++) {
            boolean during = n >= 20 && n < 40;
            if (n == 20) {
                cuts.add(rule);
            } else if (n == 40) {
                cuts.remove(rule);
            }
            cut.treat(frame(n), c -> { });
            if (!during) {
                plain.treat(frame(n), c -> { });
            }
        }
        List<Captured> withCut = cut.capture().orElseThrow().frames();
        assertThat(withCut.subList(20, 40)).allMatch(c -> c.fate() == Fate.DROPPED
                && c.detail().equals("cut off: web cut off from db"));
        List<Fate> around = new ArrayList<>(withCut.subList(0, 20).stream().map(Captured::fate).toList());
        around.addAll(withCut.subList(40, 60).stream().map(Captured::fate).toList());
        assertThat(around).as("fates outside the cut, as without it")
                .isEqualTo(plain.capture().orElseThrow().frames().stream().map(Captured::fate).toList());
        assertThat(cut.counts().dropped()).isGreaterThanOrEqualTo(20);
        assertThat(rule.frames()).isEqualTo(20);
    }

    @Test
    void aFrameAlreadyWaitingInTheDelayQueueWhenACutStartsStillLeavesAtItsTime() {
        Cuts cuts = new Cuts();
        NetworkTreatment t = treatment(cuts);
        t.impair(i -> i.withDelay(Duration.ofMillis(300), Duration.ZERO));
        t.treat(frame(1), delivered::add);
        cuts.add(CutRule.bothWays(List.of(A.getAddress()), List.of(B.getAddress()), "cut"));
        t.treat(frame(2), delivered::add);
        await("the frame read before the cut").atMost(Duration.ofSeconds(3)).until(() -> delivered.size() == 1);
        assertThat(delivered.get(0).frame()[delivered.get(0).frame().length - 1]).isEqualTo((byte) 1);
        assertThat(t.capture().orElseThrow().frames()).extracting(Captured::fate).containsExactly(Fate.DELAYED, Fate.DROPPED);
    }

    @Test
    void aRejectedSynIsAnsweredWithAResetBackToItsPort() {
        Cuts cuts = new Cuts();
        NetworkTreatment t = treatment(cuts);
        cuts.add(CutRule.reject("office", List.of(B.getAddress()), "TCP connections to \"db\" rejected on \"office\""));
        t.treat(new Crossing("web", "db", Frames.tcp(A, B, Packet.SYN, 7, 0, 0), System.nanoTime()), delivered::add);
        assertThat(delivered).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("db");
            assertThat(c.to()).isEqualTo("web");
            assertThat(PacketDecoder.decode(c.frame()).flagText()).isEqualTo("R.");
        });
        assertThat(t.capture().orElseThrow().frames()).extracting(Captured::fateText).containsExactly(
                "dropped (rejected: TCP connections to \"db\" rejected on \"office\", answered with a reset)",
                "passed (made by netspec: TCP connections to \"db\" rejected on \"office\")");
    }
}
