package io.netspec.socket;

import io.netspec.core.ExpectationFailure;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import static org.awaitility.Awaitility.await;

/** A UDP sink's ledger once datagrams stopped arriving, and what it counts of them. */
public final class SettledLedger {
    private static final Duration POLL = Duration.ofMillis(100);

    private SettledLedger() {
    }

    /**
     * The ledger of {@code sink} (named {@code name} in messages) once {@code expected} datagrams arrived or it stopped growing between two
     * readings, within {@code wait} (else as it is then, and {@code log} says so).
     */
    public static DatagramLedger.Snapshot of(String name, UdpServer sink, long expected, Duration wait, Consumer<String> log) {
        long[] last = {-1};
        try {
            await("\"" + name + "\" to stop receiving").atMost(wait).pollInterval(POLL).until(() -> {
                long now = sink.ledger().snapshot().received();
                boolean done = now >= expected || now == last[0];
                last[0] = now;
                return done;
            });
        } catch (ConditionTimeoutException e) {
            log.accept("\"" + name + "\" was still receiving after " + Durations.format(wait));
        }
        return sink.ledger().snapshot();
    }

    /** Fails unless the settled ledger of {@code sink} counts at least {@code least} datagrams received {@code how}. */
    public static void atLeast(String name, UdpServer sink, int least, String how, ToLongFunction<DatagramLedger.Snapshot> count,
                               Duration wait, Consumer<String> log) {
        DatagramLedger.Snapshot s = of(name, sink, Long.MAX_VALUE, wait, log);
        if (count.applyAsLong(s) < least) {
            throw ExpectationFailure.of("expected \"" + name + "\" to receive at least " + least + " datagrams "
                    + how + ", but its ledger says " + s);
        }
    }
}
