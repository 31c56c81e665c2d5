package io.netspec.impair;

import io.netspec.core.ScenarioError;

import java.time.Duration;

/**
 * What an impaired path does to the packets that cross it: a UDP link's datagrams, or the frames
 * crossing a network of hosts (package {@code packet}). Loss is independent when {@code burstLength}
 * is 1, otherwise bursty (Gilbert-Elliott) with the same long-run rate and bursts of
 * {@code burstLength} packets on average. Delay has uniform jitter of plus or minus {@code jitter}. A
 * reordered packet is held back until the next one has gone. Immutable; each {@code with} returns a
 * changed copy.
 */
public record Impairment(double loss, double burstLength, Duration delay, Duration jitter, double duplicate,
                            double reorder) {
    public static final Impairment NONE = new Impairment(0, 1, Duration.ZERO, Duration.ZERO, 0, 0);

    public Impairment {
        fraction(loss, "loss");
        fraction(duplicate, "duplication");
        fraction(reorder, "reordering");
        if (loss >= 1) {
            throw ScenarioError.of("a path that drops 100% of packets carries nothing; expected a loss below"
                    + " 100%");
        }
        if (!(burstLength >= 1)) {
            throw ScenarioError.of("a loss burst of " + burstLength + " packets on average; expected 1"
                    + " or more");
        }
        if (delay.isNegative() || jitter.isNegative()) {
            throw ScenarioError.of("a delay of " + delay.toMillis() + " ms with " + jitter.toMillis()
                    + " ms of jitter; expected neither below 0");
        }
    }

    public Impairment withLoss(double value) {
        return new Impairment(value, burstLength, delay, jitter, duplicate, reorder);
    }

    public Impairment withBursts(double averageLength) {
        return new Impairment(loss, averageLength, delay, jitter, duplicate, reorder);
    }

    public Impairment withDelay(Duration value, Duration jitterValue) {
        return new Impairment(loss, burstLength, value, jitterValue, duplicate, reorder);
    }

    public Impairment withDuplication(double value) {
        return new Impairment(loss, burstLength, delay, jitter, value, reorder);
    }

    public Impairment withReordering(double value) {
        return new Impairment(loss, burstLength, delay, jitter, duplicate, value);
    }

    /** The settings in plain words, for the report. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("drops ").append(percent(loss));
        if (burstLength > 1) {
            s.append(" in bursts of ").append(burstLength).append(" on average");
        }
        s.append(", delays ").append(delay.toMillis()).append(" ms with ").append(jitter.toMillis())
                .append(" ms of jitter, duplicates ").append(percent(duplicate)).append(", reorders ").append(percent(reorder));
        return s.toString();
    }

    /** A fraction as a percentage with 4 significant digits, as every description of loss shows it. */
    public static String percent(double f) {
        return String.format(java.util.Locale.ROOT, "%.4g%%", f * 100);
    }

    private static void fraction(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw ScenarioError.of("a " + what + " of " + value * 100 + "%; expected between 0% and 100%");
        }
    }
}
