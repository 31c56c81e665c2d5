package io.netspec.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lateness watch records its wake-ups, answers by time window, and its thread ends when it is closed. */
class LatenessWatchTest {
    @Test
    void itRecordsWakeUpsWithinAWindowAndStopsWhenClosed() {
        long before = System.nanoTime();
        Thread thread;
        try (LatenessWatch watch = LatenessWatch.start("test")) {
            await("wake-ups recorded").atMost(Duration.ofSeconds(10)).until(() -> watch.during(before, System.nanoTime()).wakeUps() >= 5);
            assertThat(watch.during(before - 1_000_000_000L, before).wakeUps()).as("none before it started").isZero();
            LatenessWatch.Lateness seen = watch.last(Duration.ofMinutes(1));
            assertThat(seen.percentile(50)).isLessThanOrEqualTo(seen.percentile(99)).isLessThanOrEqualTo(seen.worst());
            thread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("netspec-lateness-test"))
                    .findFirst().orElseThrow();
        }
        assertThat(thread.isAlive()).as("the watch's thread after close").isFalse();
    }

    @Test
    void percentilesCountTheWakeUpsAsTheyCame() {
        LatenessWatch.Lateness l = LatenessWatch.Lateness.of(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3),
                Duration.ofMillis(40));
        assertThat(l.percentile(50)).isEqualTo(Duration.ofMillis(2));
        assertThat(l.percentile(75)).isEqualTo(Duration.ofMillis(3));
        assertThat(l.percentile(99)).isEqualTo(Duration.ofMillis(40));
        assertThat(LatenessWatch.Lateness.none().percentile(99)).isZero();
    }
}
