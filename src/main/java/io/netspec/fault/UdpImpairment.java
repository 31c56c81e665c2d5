package io.netspec.fault;

import io.netspec.core.ScenarioError;

import java.time.Duration;
import java.util.Locale;

/**
 * What a UDP link does to datagrams. Loss is independent when {@code burstLength} is 1, otherwise
 * bursty (Gilbert-Elliott) with the same long-run rate and bursts of {@code burstLength} datagrams on
 * average. Delay has uniform jitter of plus or minus {@code jitter}. A reordered datagram is held
 * back until the next one has gone. Immutable; each {@code with} returns a changed copy.
 */
public record UdpImpairment(double loss, double burstLength, Duration delay, Duration jitter, double duplicate,
                            double reorder) {
    public static final UdpImpairment NONE = new UdpImpairment(0, 1, Duration.ZERO, Duration.ZERO, 0, 0);

    public UdpImpairment {
        fraction(loss, "loss");
        fraction(duplicate, "duplication");
        fraction(reorder, "reordering");
        if (loss >= 1) {
            throw ScenarioError.of("a UDP link that drops 100% of datagrams carries nothing; expected a loss"
                    + " below 100%");
        }
        if (!(burstLength >= 1)) {
            throw ScenarioError.of("a loss burst of " + burstLength + " datagrams on average; expected 1"
                    + " or more");
        }
        if (delay.isNegative() || jitter.isNegative()) {
            throw ScenarioError.of("a delay of " + delay.toMillis() + " ms with " + jitter.toMillis()
                    + " ms of jitter; expected neither below 0");
        }
    }

    public UdpImpairment withLoss(double value) {
        return new UdpImpairment(value, burstLength, delay, jitter, duplicate, reorder);
    }

    public UdpImpairment withBursts(double averageLength) {
        return new UdpImpairment(loss, averageLength, delay, jitter, duplicate, reorder);
    }

    public UdpImpairment withDelay(Duration value, Duration jitterValue) {
        return new UdpImpairment(loss, burstLength, value, jitterValue, duplicate, reorder);
    }

    public UdpImpairment withDuplication(double value) {
        return new UdpImpairment(loss, burstLength, delay, jitter, value, reorder);
    }

    public UdpImpairment withReordering(double value) {
        return new UdpImpairment(loss, burstLength, delay, jitter, duplicate, value);
    }

    /** The settings in plain words, for the report. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("drops ").append(pct(loss));
        if (burstLength > 1) {
            s.append(" in bursts of ").append(burstLength).append(" on average");
        }
        s.append(", delays ").append(delay.toMillis()).append(" ms with ").append(jitter.toMillis())
                .append(" ms of jitter, duplicates ").append(pct(duplicate)).append(", reorders ").append(pct(reorder));
        return s.toString();
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.4g%%", f * 100);
    }

    private static void fraction(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw ScenarioError.of("a " + what + " of " + value * 100 + "%; expected between 0% and 100%");
        }
    }
}
