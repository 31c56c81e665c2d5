package io.netspec.fault;

import io.netspec.packet.FaultTimeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.netspec.fault.LinkHistory.Kind.DOWN;
import static io.netspec.fault.LinkHistory.Kind.HEALED;
import static io.netspec.fault.LinkHistory.Kind.TOXIC;
import static io.netspec.fault.LinkHistory.Kind.UP;
import static org.assertj.core.api.Assertions.assertThat;

/** A link's toxics and downs on the fault timeline: each from when it was applied until undone. */
class LinkFaultsTest {
    @Test
    void toxicsLastUntilHealedAndDownUntilUp() {
        FaultTimeline t = new FaultTimeline();
        LinkFaults.onto(t, "wan", List.of(new LinkHistory.Change(TOXIC, "latency 100 ms downstream", 10),
                new LinkHistory.Change(DOWN, "down for 1000 ms", 20), new LinkHistory.Change(UP, "up", 30),
                new LinkHistory.Change(TOXIC, "bandwidth 64 KB/s", 40), new LinkHistory.Change(HEALED, "healed", 50),
                new LinkHistory.Change(TOXIC, "slicer", 60)));
        assertThat(t.entries()).extracting(FaultTimeline.Entry::words, FaultTimeline.Entry::startNanos, FaultTimeline.Entry::endNanos)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the link \"wan\": latency 100 ms downstream", 10L, 50L),
                        org.assertj.core.groups.Tuple.tuple("the link \"wan\": down for 1000 ms", 20L, 30L),
                        org.assertj.core.groups.Tuple.tuple("the link \"wan\": bandwidth 64 KB/s", 40L, 50L),
                        org.assertj.core.groups.Tuple.tuple("the link \"wan\": slicer", 60L, 0L));
        assertThat(t.entries().get(1).kind()).isEqualTo(FaultTimeline.Kind.LINK_DOWN);
        assertThat(t.cutOff("wan", 100)).hasNanos(10);
    }
}
