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
        String log = TimingCheck.check("the median", Duration.ofMillis(40), LOW, HIGH, busy(), TimingCheck.Waits.roundTrip(), "50 trips");
        assertThat(log).startsWith("the median was 40.00 ms, between 38 ms and 55 ms (50 trips; this machine woke")
                .contains("10.00 ms at the 99th percentile of 100 wake-ups");
    }

    @Test
    void aTimeAboveTheRangePassesOnlyWithinWhatTheMachinesLatenessAllowsAndSaysSo() {
        String log = TimingCheck.check("the median", Duration.ofMillis(90), LOW, HIGH, busy(), TimingCheck.Waits.roundTrip(), "");
        assertThat(log).contains("only with what netspec allows for a late machine",
                "4 waits a round trip x 10.00 ms = 40.00 ms for that on top of 55 ms");
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(96), LOW, HIGH, busy(),
                TimingCheck.Waits.roundTrip(), "50 trips")).isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("expected the median to be between 38 ms and 55 ms, but it was 96.00 ms (50 trips)")
                .hasMessageContaining("= 40.00 ms for that on top of 55 ms: it took longer than the machine's lateness explains");
    }

    @Test
    void aQuietMachineAllowsNothingAboveTheRange() {
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(56), LOW, HIGH, quiet(),
                TimingCheck.Waits.roundTrip(), "")).isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("x 0.00 ms = 0.00 ms");
    }

    @Test
    void nothingIsAllowedBelowTheRange() {
        assertThatThrownBy(() -> TimingCheck.check("the median", Duration.ofMillis(30), LOW, HIGH, busy(),
                TimingCheck.Waits.roundTrip(), "")).isInstanceOf(ExpectationFailure.class)
                .hasMessage("expected the median to be between 38 ms and 55 ms, but it was 30.00 ms ()");
    }

    @Test
    void aPacedTransferWaitsOncePerHundredMillisecondsOfItsRange() {
        assertThat(TimingCheck.Waits.pacedOver(Duration.ofMillis(4400)).count()).isEqualTo(44);
        assertThat(TimingCheck.allowance(busy(), TimingCheck.Waits.pacedOver(Duration.ofMillis(4400))).duration())
                .isEqualTo(Duration.ofMillis(440));
    }
}
