package io.netspec.packet;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault timeline: how long a host was cut off (overlaps counted once), and what the report reads. */
class FaultTimelineTest {
    private static final long S = 1_000_000_000L;

    @Test
    void cutOffIsTheUnionOfTheFaultsThatCutTheHostOff() {
        FaultTimeline t = new FaultTimeline();
        long zero = System.nanoTime();
        t.end(t.begin(FaultTimeline.Kind.CUT, "a", Set.of("db", "web"), zero, null), zero + 2 * S);
        t.end(t.begin(FaultTimeline.Kind.CABLE, "b", Set.of("db"), zero + S, null), zero + 3 * S);
        t.end(t.begin(FaultTimeline.Kind.OUTAGE, "c", Set.of("db"), zero + 5 * S, null), zero + 6 * S);
        t.begin(FaultTimeline.Kind.IMPAIRMENT, "d", Set.of("db"), zero, null);
        t.end(t.begin(FaultTimeline.Kind.REJECT, "e", Set.of("db"), zero + 7 * S, null), zero + 9 * S);
        assertThat(t.cutOff("db", zero + 10 * S)).isEqualTo(Duration.ofSeconds(4));
        assertThat(t.cutOff("web", zero + 10 * S)).isEqualTo(Duration.ofSeconds(2));
        assertThat(t.cutOff("app", zero + 10 * S)).isZero();
        assertThat(t.stillCutOff("db")).isFalse();
    }

    @Test
    void aFaultStillLastingCountsUntilNow() {
        FaultTimeline t = new FaultTimeline();
        long zero = System.nanoTime();
        t.begin(FaultTimeline.Kind.ONE_WAY, "a", Set.of("db"), zero, null);
        assertThat(t.cutOff("db", zero + 3 * S)).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.stillCutOff("db")).isTrue();
    }

    @Test
    void theReportReadsOneTabSeparatedLineAFaultAndASample() {
        FaultTimeline t = new FaultTimeline();
        long zero = System.nanoTime();
        t.end(t.begin(FaultTimeline.Kind.CUT, "hosts \"web\"\tcut", Set.of("web", "db"), zero, () -> 12), zero + S);
        t.begin(FaultTimeline.Kind.CABLE, "pulled", Set.of("db"), zero + S, null);
        t.progress().sample("\"sink\" read", "bytes", zero, 100);
        List<String> lines = t.data(zero + 2 * S).lines().toList();
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines.get(1)).isEqualTo("now\t" + t.epochMicros(zero + 2 * S));
        assertThat(lines.get(2)).isEqualTo("fault\tcut\t" + t.epochMicros(zero) + "\t" + t.epochMicros(zero + S)
                + "\t12\thosts \"web\" cut\tdb,web");
        assertThat(lines.get(3)).isEqualTo("fault\tcable pulled\t" + t.epochMicros(zero + S) + "\t-1\t-1\tpulled\tdb");
        assertThat(lines.get(4)).isEqualTo("sample\t\"sink\" read\t" + t.epochMicros(zero) + "\t100\tbytes");
        assertThat(t.table(zero + 2 * S)).contains("cut", "(12 frames dropped)", "lasting");
    }

    @Test
    void progressKeepsChangesOnlyAndThinsOutALongTransfer() {
        Progress p = new Progress();
        for (int i = 0; i < 2000; i++) {
            p.sample("s", "bytes", i, i / 2);
        }
        List<long[]> kept = p.of("s");
        assertThat(kept.size()).isLessThanOrEqualTo(Progress.MAX_SAMPLES).isGreaterThan(Progress.MAX_SAMPLES / 2);
        assertThat(kept.get(0)[1]).isZero();
        assertThat(kept.get(kept.size() - 1)[1]).isEqualTo(999);
        for (int i = 0; i < Progress.MAX_STREAMS + 3; i++) {
            p.sample("stream " + i, "bytes", 0, 1);
        }
        assertThat(p.of("stream " + (Progress.MAX_STREAMS + 2))).isEmpty();
    }
}
