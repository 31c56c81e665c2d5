package io.netspec.measure;

import io.netspec.core.Evidence;
import io.netspec.core.LatenessWatch;
import io.netspec.text.Durations;

import java.time.Duration;

/**
 * Round trips for the report and their checks: the table and chart of a measurement, and the median or a
 * percentile checked against a range, each with a chart of the range it was checked against.
 */
public final class RoundTripReport {
    private RoundTripReport() {
    }

    /** Attaches the table of {@code trips} and their chart, its subtitle {@code fault} (empty: none). */
    public static void attach(String name, RoundTrips trips, String fault, Evidence evidence) {
        evidence.attach("round trips of \"" + name + "\"", trips.table());
        evidence.attach("round trips of \"" + name + "\" (chart)", "image/svg+xml", Charts.roundTripSvg(trips, fault, null));
    }

    /** Attaches the table of datagram round trips to {@code target} and, when any came back, their chart. */
    public static void attachDatagrams(String name, DatagramTrips trips, String target, Evidence evidence) {
        evidence.attach("round trips of \"" + name + "\"", trips.table(target));
        if (trips.trips().count() > 0) {
            evidence.attach("round trips of \"" + name + "\" (chart)", "image/svg+xml", Charts.roundTripSvg(trips.trips()));
        }
    }

    /** Checks the median of {@code trips} is between {@code low} and {@code high}; returns the line to log. */
    public static String median(String name, RoundTrips trips, String path, Duration low, Duration high,
                                LatenessWatch.Lateness lateness, Evidence evidence) {
        attachAgainst(name, trips, path, new Charts.Band(low.toNanos() / 1e6, high.toNanos() / 1e6,
                "asserted median: " + Durations.format(low) + " to " + Durations.format(high)), evidence);
        return TimingCheck.check("the median round trip of \"" + name + "\"", trips.median(), low, high,
                lateness, TimingCheck.Waits.roundTrip(50), trips.describe());
    }

    /** Checks the {@code percentile}th percentile of {@code trips} is below {@code bound}; returns the line to log. */
    public static String percentile(int percentile, String name, RoundTrips trips, String path, Duration bound,
                                    LatenessWatch.Lateness lateness, Evidence evidence) {
        attachAgainst(name, trips, path, new Charts.Band(0, bound.toNanos() / 1e6,
                "asserted: " + percentile + "th percentile below " + Durations.format(bound)), evidence);
        return TimingCheck.check("the " + percentile + "th percentile round trip of \"" + name + "\"",
                trips.percentile(percentile), Duration.ZERO, bound, lateness,
                TimingCheck.Waits.roundTrip(percentile), trips.describe());
    }

    private static void attachAgainst(String name, RoundTrips trips, String path, Charts.Band band, Evidence evidence) {
        evidence.attach("round trips of \"" + name + "\" against " + band.label() + " (chart)", "image/svg+xml",
                Charts.roundTripSvg(trips, path, band));
    }
}
