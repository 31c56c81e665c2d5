package io.netspec.measure;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Locale;

/** Round-trip times of one client, in an HdrHistogram (1 microsecond to 1 hour, 3 significant digits). Thread-safe. */
public final class RoundTrips {
    /** The most trips one measurement makes: each waits for its reply, so the count bounds the step's time. */
    public static final int MOST = 100_000;
    private final String who;
    private final Histogram histogram = new Histogram(1_000L, 3_600_000_000_000L, 3);

    /** One round trip: send, then wait for the answer; throws if the answer does not come in time. */
    @FunctionalInterface
    public interface Exchange {
        void once();
    }

    /** Times {@code count} exchanges one after another. */
    public static RoundTrips measure(String who, int count, Exchange exchange) {
        if (count < 1 || count > MOST) {
            throw ScenarioError.of(count + " round trips of \"" + who + "\"; expected 1 to " + MOST);
        }
        RoundTrips trips = new RoundTrips(who);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            exchange.once();
            trips.record(Duration.ofNanos(System.nanoTime() - start));
        }
        return trips;
    }

    public RoundTrips(String who) {
        this.who = who;
    }

    public synchronized void record(Duration roundTrip) {
        histogram.recordValue(Math.max(1_000L, roundTrip.toNanos()));
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    public Duration median() {
        return percentile(50);
    }

    public synchronized Duration percentile(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw ScenarioError.of("the " + percentile + "th percentile; expected one above 0 and at most 100");
        }
        if (histogram.getTotalCount() == 0) {
            throw NetspecFailure.of("no round trips of \"" + who + "\" have been measured yet; add a step"
                    + " such as: When \"" + who + "\" measures 200 round trips of \"ping\\n\"");
        }
        return Duration.ofNanos(histogram.getValueAtPercentile(percentile));
    }

    public synchronized Duration min() {
        return Duration.ofNanos(histogram.getMinValue());
    }

    public synchronized Duration max() {
        return Duration.ofNanos(histogram.getMaxValue());
    }

    /** A copy of the samples, for charts. */
    public synchronized Histogram histogram() {
        return histogram.copy();
    }

    public String who() {
        return who;
    }

    public String table() {
        return Tables.of(new String[]{"client", "samples", "min", "median", "p90", "p99", "max"},
                new Object[]{who, count(), ms(min()), ms(median()), ms(percentile(90)), ms(percentile(99)), ms(max())});
    }

    public String describe() {
        return count() + " round trips of \"" + who + "\": min " + ms(min()) + ", median " + ms(median()) + ", p99 "
                + ms(percentile(99)) + ", max " + ms(max());
    }

    public static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.2f ms", d.toNanos() / 1e6);
    }
}
