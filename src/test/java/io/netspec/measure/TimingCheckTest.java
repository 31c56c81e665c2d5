package io.netspec.measure;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.LatenessWatch.Lateness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A timing check allows for a late machine on top of its range only, and says what it allowed. */
class TimingCheckTest {
    private static final Duration LOW = Duration.ofMillis(38);
    private static final Duration HIGH = Duration.ofMillis(55);

    /** 99 wake-ups on time and one 5 ms late: the 99th percentile is 0, so a quiet machine allows nothing. */
    private static Lateness quiet() {
        Duration[] wakeUps = Collections.nCopies(100, Duration.ZERO).toArray(Duration[]::new);
        wakeUps[99] = Duration.ofMillis(5);
        return Lateness.of(wakeUps);
    }

    /** A busy machine: its wake-ups came 10 ms late at the 99th percentile. */
    private static Lateness busy() {
        return Lateness.of(Collections.nCopies(100, Duration.ofMillis(10)).toArray(Duration[]::new));
    }

    @Test
    void aTimeInTheRangePassesSayingHowLateTheMachineRan() {
        String log = TimingCheck.check("the median", Duration.ofMillis(40), LOW, HIGH, busy(), TimingCheck.Waits.roundTrip(50), "50 trips");
        assertThat(log).startsWith("the median was 40.00 ms, between 38 ms and 55 ms (50 trips; this machine woke")
                .contains("10.00 ms, 10.00 ms and 10.00 ms at the 50th, 90th and 99th percentile of 100 wake-ups");
    }

    @Test
    void aTimeAboveTheRangePassesOnlyWithinWhatTheMachinesLatenessAllowsAndSaysSo() {
        Duration wide = Duration.ofMillis(200);
        String log = TimingCheck.check("the median", Duration.ofMillis(90), LOW, wide, busy(), TimingCheck.Waits.roundTrip(50), "");
        assertThat(log).isEqualTo("the median was 90.00 ms, between 38 ms and 200 ms (; this machine woke netspec's threads"
                + " late by 10.00 ms, 10.00 ms and 10.00 ms at the 50th, 90th and 99th percentile of 100 wake-ups, worst 10.00 ms)");
        log = TimingCheck.check("the median", Duration.ofMillis(70), LOW, HIGH, busy(), TimingCheck.Waits.roundTrip(50), "");
        assertThat(log).contains("only with what netspec allows for a late machine",
                "4 waits a round trip x 10.00 ms = 40.00 ms, at most 17.00 ms (as wide as the range) for that on top of 55 ms");
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(96), LOW, Duration.ofMillis(55), busy(),
                TimingCheck.Waits.roundTrip(50), "50 trips")).isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("expected the median to be between 38 ms and 55 ms, but it was 96.00 ms (50 trips)")
                .hasMessageContaining("at most 17.00 ms (as wide as the range) for that on top of 55 ms: it took longer than the"
                        + " machine's lateness explains");
    }

    @Test
    void aQuietMachineAllowsNothingAboveTheRange() {
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(56), LOW, HIGH, quiet(),
                TimingCheck.Waits.roundTrip(50), "")).isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("x 0.00 ms = 0.00 ms");
    }

    @Test
    void nothingIsAllowedBelowTheRange() {
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(30), LOW, HIGH, busy(),
                TimingCheck.Waits.roundTrip(50), "")).isInstanceOf(ExpectationFailure.class)
                .hasMessage("expected the median to be between 38 ms and 55 ms, but it was 30.00 ms ()");
    }

    @Test
    void aPacedTransferWaitsOncePerHundredMillisecondsOfItsRange() {
        assertThat(TimingCheck.Waits.pacedOver(Duration.ofMillis(4400)).count()).isEqualTo(44);
        assertThat(TimingCheck.allowance(busy(), TimingCheck.Waits.pacedOver(Duration.ofMillis(4400)), Duration.ofMillis(3600),
                Duration.ofMillis(4400)).duration()).isEqualTo(Duration.ofMillis(440));
    }

    /** However late the machine ran, a check is at most twice as wide: a 40 ms link never passes for 1 to 5 ms. */
    @Test
    void theAllowanceIsNeverWiderThanTheRange() {
        Lateness stalled = Lateness.of(Collections.nCopies(100, Duration.ofMillis(30)).toArray(Duration[]::new));
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(41), Duration.ofMillis(1),
                Duration.ofMillis(5), stalled, TimingCheck.Waits.roundTrip(50), "")).isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("x 30.00 ms = 120.00 ms, at most 4.00 ms (as wide as the range) for that on top of 5 ms");
        assertThat(TimingCheck.check("the median", Duration.ofMillis(9), Duration.ofMillis(1), Duration.ofMillis(5), stalled,
                TimingCheck.Waits.roundTrip(50), "")).contains("only with what netspec allows");
        // Below a bound: at most three times the bound on top of it.
        assertThat(TimingCheck.allowance(stalled, TimingCheck.Waits.roundTrip(99), Duration.ZERO, Duration.ofMillis(40))
                .duration()).isEqualTo(Duration.ofMillis(120));
    }
}
