package io.netspec.host;

import io.netspec.packet.FaultTimeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A program's pause spans the fault timeline from SIGSTOP to SIGCONT; a kill and a restart are moments on it. */
class ProgramTimelineTest {
    private static ProgramEvent event(ProgramEvent.Kind kind, long nanos, Duration lasting) {
        return new ProgramEvent("redis", "db", kind, Instant.EPOCH, nanos, lasting);
    }

    @Test
    void pausesKillsAndRestartsGoOnTheTimelineStartedIsLeftOff() {
        FaultTimeline timeline = new FaultTimeline();
        ProgramTimeline programs = new ProgramTimeline(timeline);
        programs.accept(event(ProgramEvent.Kind.STARTED, 100, Duration.ZERO));
        programs.accept(event(ProgramEvent.Kind.PAUSED, 1_000, Duration.ofSeconds(2)));
        assertThat(timeline.entries()).singleElement().satisfies(e -> assertThat(e.endNanos()).as("lasting").isZero());
        programs.accept(event(ProgramEvent.Kind.RESUMED, 2_000_001_000L, Duration.ZERO));
        programs.accept(event(ProgramEvent.Kind.KILLED, 3_000_000_000L, Duration.ZERO));
        programs.accept(event(ProgramEvent.Kind.RESTARTED, 4_000_000_000L, Duration.ZERO));
        assertThat(timeline.entries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(FaultTimeline.Kind.PROGRAM);
            assertThat(e.subjects()).containsExactlyInAnyOrder("redis", "db");
        });
        FaultTimeline.Entry pause = timeline.entries().get(0);
        assertThat(pause.words()).isEqualTo("\"redis\" on host \"db\" paused for 2000 ms (SIGSTOP, then SIGCONT, to its whole tree)");
        assertThat(pause.endNanos() - pause.startNanos()).isEqualTo(2_000_000_000L);
        FaultTimeline.Entry kill = timeline.entries().get(1);
        assertThat(kill.words()).contains("killed (SIGKILL to its whole tree)");
        assertThat(kill.endNanos()).isEqualTo(kill.startNanos());
        assertThat(timeline.cutOff("db", 5_000_000_000L)).as("a program's fault cuts no host off").isZero();
    }
}
