package io.netspec.packet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A scenario's faults: applied and undone once, ended after their time from their own thread, all undone at the end. */
class FaultsTest {
    private final Faults faults = new Faults("test");

    @AfterEach
    void close() {
        faults.close();
    }

    private Faults.Fault fault(AtomicInteger state) {
        return faults.begin(FaultTimeline.Kind.CUT, "cut", Set.of("db"), state::incrementAndGet, state::decrementAndGet, null);
    }

    @Test
    void aFaultIsUndoneOnceAndItsEntryEndsThen() {
        AtomicInteger state = new AtomicInteger();
        Faults.Fault f = fault(state);
        assertThat(state).hasValue(1);
        assertThat(faults.lasting(e -> true)).containsExactly(f);
        f.end();
        f.end();
        assertThat(state).hasValue(0);
        assertThat(f.entry().endNanos()).isGreaterThanOrEqualTo(f.entry().startNanos());
        assertThat(faults.lasting(e -> true)).isEmpty();
    }

    @Test
    void aFaultForATimeEndsByItselfWhileTheCallerGoesOn() {
        AtomicInteger state = new AtomicInteger();
        Faults.Fault f = fault(state);
        faults.endAfter(f, Duration.ofMillis(200));
        assertThat(state).as("the caller goes on at once").hasValue(1);
        await("the fault's end").atMost(Duration.ofSeconds(5)).until(() -> state.get() == 0);
        assertThat(f.entry().endNanos() - f.entry().startNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    }

    @Test
    void closingUndoesWhatStillLastsCancelsWhatWaitsAndRefusesMore() {
        AtomicInteger state = new AtomicInteger();
        Faults.Fault f = fault(state);
        faults.endAfter(f, Duration.ofHours(1));
        AtomicInteger ran = new AtomicInteger();
        faults.at(System.nanoTime() + Duration.ofHours(1).toNanos(), ran::incrementAndGet);
        faults.close();
        assertThat(state).hasValue(0);
        assertThat(ran).hasValue(0);
        assertThat(f.entry().endNanos()).isPositive();
        assertThatThrownBy(() -> fault(state)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the scenario has ended");
    }

    @Test
    void aFlapBeginsAndEndsAFaultInEachWindow() {
        AtomicInteger down = new AtomicInteger();
        AtomicInteger windows = new AtomicInteger();
        faults.flap(new FlapSchedule(Duration.ofMillis(20), Duration.ofMillis(50), 3), () -> {
            windows.incrementAndGet();
            return faults.begin(FaultTimeline.Kind.OUTAGE, "flap", Set.of(), down::incrementAndGet, down::decrementAndGet,
                    null);
        });
        await("three windows").atMost(Duration.ofSeconds(5)).until(() -> windows.get() >= 3);
        faults.close();
        assertThat(down).hasValue(0);
        List<FaultTimeline.Entry> entries = faults.timeline().entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(3).allMatch(e -> e.endNanos() >= e.startNanos());
        assertThat(faults.failure()).isNull();
    }
}
