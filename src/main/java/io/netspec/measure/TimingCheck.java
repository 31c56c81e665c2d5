package io.netspec.measure;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.LatenessWatch.Lateness;
import io.netspec.text.Durations;

import java.time.Duration;
import java.util.Locale;

/**
 * A measured time against the range a scenario asserts, on a machine that may run late. The range is what
 * the network (or the service) should do; on top of its upper bound netspec allows what this machine's
 * lateness cost the measurement, measured in the same scenario: the waits the measured thing is made of
 * ({@link Waits}), each as late as this machine woke netspec's threads meanwhile, at the percentile the
 * check is about, and at most as much as the range is wide ({@link Allowance}). Below the range nothing is allowed: a busy machine only makes things later. A time within
 * the allowance passes and says so; a failure says how late the machine ran and what was allowed, so a
 * reader can tell a slow machine from a slow network.
 */
public final class TimingCheck {
    private TimingCheck() {
    }

    /**
     * How many waits a measured time is made of, and at which percentile of the machine's lateness each is
     * allowed for: a round trip hands its bytes from thread to thread (client, kernel, netspec's switch or
     * Toxiproxy, server), and on a busy machine each hand-off waits for a processor about as long as the slowest
     * wake-ups of a lone sleeping thread, not its typical one, so a median is allowed the 99th percentile; a
     * tail (a 90th or 99th percentile of round trips) is made of the trips that met the machine's worst
     * moments, so it is allowed the worst wake-up.
     */
    public record Waits(int count, double percentile, String what) {
        /** The round trips of a check of their {@code checked} percentile (50: the median). */
        public static Waits roundTrip(double checked) {
            return new Waits(4, checked > 50 ? 100 : 99, "4 waits a round trip");
        }

        /** A transfer paced in steps of 100 ms (Toxiproxy's bandwidth toxic; netspec's rate limit sends on its scheduler). */
        public static Waits pacedOver(Duration high) {
            int steps = (int) Math.max(1, high.toMillis() / 100);
            return new Waits(steps, 99, steps + " waits, one each 100 ms of pacing");
        }

        /** A time made of {@code count} exchanges, each a round trip. */
        public static Waits exchanges(int count, String what) {
            return new Waits(4 * count, 99, (4 * count) + " waits, 4 for each " + what);
        }

        /** A time that timers of the kernel or of netspec's scheduler end: {@code count} of them. */
        public static Waits timers(int count, String what) {
            return new Waits(count, 99, count + " " + what);
        }
    }

    /**
     * What netspec allows on top of a range for this machine's lateness, and how it says so: the waits, each as
     * late as the machine woke threads at their percentile, but never more than the range is wide (a check
     * of "below" a bound: three times the bound), so a busy machine at most widens a check, never voids it.
     */
    public record Allowance(Duration late, Waits waits, Lateness lateness, Duration cap) {
        public Duration duration() {
            Duration all = late.multipliedBy(waits.count());
            return all.compareTo(cap) > 0 ? cap : all;
        }

        /** The sentence a message adds: how late the machine ran, and what that allowed on top of {@code high}. */
        public String words(Duration high) {
            Duration all = late.multipliedBy(waits.count());
            return "this machine woke netspec's threads late during the scenario by " + precise(late) + " at the "
                    + ordinal(waits.percentile()) + " percentile of " + lateness.wakeUps() + " wake-ups (worst "
                    + precise(lateness.worst()) + "), and netspec allows " + waits.what() + " x " + precise(late) + " = "
                    + precise(all) + (all.compareTo(cap) > 0 ? ", at most " + precise(cap) + " (as wide as the range)" : "")
                    + " for that on top of " + Durations.format(high);
        }
    }

    /** The allowance for {@code waits} on a machine that ran as late as {@code lateness}, for the range {@code low} to {@code high}. */
    public static Allowance allowance(Lateness lateness, Waits waits, Duration low, Duration high) {
        Duration cap = low.isZero() ? high.multipliedBy(3) : high.minus(low);
        return new Allowance(lateness.percentile(waits.percentile()), waits, lateness, cap);
    }

    /**
     * Checks that {@code value} (what was measured, called {@code measured}) lies between {@code low} and
     * {@code high}, allowing {@code waits} on top of {@code high}; returns a line for the log, or throws
     * an {@link ExpectationFailure} that says what was allowed for the machine's lateness.
     */
    public static String check(String measured, Duration value, Duration low, Duration high, Lateness lateness,
                               Waits waits, String detail) {
        Allowance allowance = allowance(lateness, waits, low, high);
        String range = low.isZero() ? "below " + Durations.format(high)
                : "between " + Durations.format(low) + " and " + Durations.format(high);
        if (value.compareTo(low) < 0) {
            throw ExpectationFailure.expected(measured + " to be " + range, "it was " + precise(value)
                    + " (" + detail + ")");
        }
        if (value.compareTo(high.plus(allowance.duration())) > 0) {
            throw ExpectationFailure.expected(measured + " to be " + range, "it was " + precise(value)
                    + " (" + detail + "); " + allowance.words(high) + ": it took longer than the machine's lateness"
                    + " explains, so the network or the service was slower");
        }
        if (value.compareTo(high) > 0) {
            return measured + " was " + precise(value) + ", " + range + " only with what netspec allows for a late"
                    + " machine: " + allowance.words(high);
        }
        return measured + " was " + precise(value) + ", " + range + " (" + detail + "; this machine woke netspec's threads"
                + " late by " + precise(lateness.percentile(50)) + ", " + precise(lateness.percentile(90)) + " and "
                + precise(lateness.percentile(99)) + " at the 50th, 90th and 99th percentile of " + lateness.wakeUps()
                + " wake-ups, worst " + precise(lateness.worst()) + ")";
    }

    /** A time as a check shows it: to the hundredth of a millisecond below a second, to the millisecond above. */
    static String precise(Duration d) {
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? String.format(Locale.ROOT, "%.2f ms", d.toNanos() / 1e6)
                : String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }

    private static String ordinal(double percentile) {
        return String.format(Locale.ROOT, "%.0fth", percentile);
    }
}
