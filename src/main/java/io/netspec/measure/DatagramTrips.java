package io.netspec.measure;

import io.netspec.core.ScenarioError;
import io.netspec.socket.Target;
import io.netspec.socket.UdpClient;
import io.netspec.text.Durations;

import java.time.Duration;

/**
 * Round trips of one datagram at a time: each sends, then waits at most {@code each} for one datagram
 * back; a trip whose reply does not come is counted as lost, not timed. A reply that comes too late for
 * its trip is taken before the next one is sent, so it is never timed as that trip's.
 */
public final class DatagramTrips {
    private final RoundTrips trips;
    private final int count;
    private final int lost;
    private final Duration each;

    private DatagramTrips(RoundTrips trips, int count, int lost, Duration each) {
        this.trips = trips;
        this.count = count;
        this.lost = lost;
        this.each = each;
    }

    /** {@code count} trips of {@code payload} from {@code client} to {@code target}, each waiting at most {@code each}. */
    public static DatagramTrips measure(UdpClient client, byte[] payload, Target target, int count, Duration each) {
        if (count < 1) {
            throw ScenarioError.of(count + " round trips of " + client.describe() + "; expected 1 or more");
        }
        RoundTrips trips = new RoundTrips(client.name());
        int lost = 0;
        for (int i = 0; i < count; i++) {
            client.awaitReceived(0, Duration.ZERO);
            long start = System.nanoTime();
            client.send(payload, target);
            if (client.poll(each).isPresent()) {
                trips.record(Duration.ofNanos(System.nanoTime() - start));
            } else {
                lost++;
            }
        }
        return new DatagramTrips(trips, count, lost, each);
    }

    public RoundTrips trips() {
        return trips;
    }

    public int lost() {
        return lost;
    }

    /** "18 of 20 datagrams to ... were answered within 500 ms each". */
    public String describe(String target) {
        return (count - lost) + " of " + count + " datagrams to " + target + " were answered within "
                + Durations.format(each) + " each";
    }

    /** The table of the trips timed, or why there is none, for the report. */
    public String table(String target) {
        return trips.count() > 0 ? trips.table() + "\nunanswered: " + lost + " of " + count
                : "none of the " + count + " datagrams to " + target + " was answered within " + Durations.format(each);
    }
}
