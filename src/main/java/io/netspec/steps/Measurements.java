package io.netspec.steps;

import io.netspec.core.NetspecFailure;
import io.netspec.measure.Charts;
import io.netspec.measure.DatagramTrips;
import io.netspec.measure.RoundTrips;
import io.netspec.measure.Transfer;

import java.util.HashMap;
import java.util.Map;

/** The measurements a scenario took, by client name, for the steps that check them. Scenario-scoped. */
public final class Measurements {
    private final Map<String, RoundTrips> roundTrips = new HashMap<>();
    private Transfer transfer;

    public synchronized void roundTrips(String name, RoundTrips trips) {
        roundTrips.put(name, trips);
    }

    /** Keeps datagram round trips as the round trips of {@code name} and attaches their table and chart. */
    public void datagramTrips(String name, DatagramTrips trips, String target, World world) {
        roundTrips(name, trips.trips());
        world.attach("round trips of \"" + name + "\"", trips.table(target));
        if (trips.trips().count() > 0) {
            world.attach("round trips of \"" + name + "\" (chart)", "image/svg+xml", Charts.roundTripSvg(trips.trips()));
        }
    }

    public synchronized RoundTrips roundTrips(String name) {
        RoundTrips trips = roundTrips.get(name);
        if (trips == null) {
            throw NetspecFailure.of("no round trips of \"" + name + "\" have been measured in this scenario;"
                    + " add a step such as: When \"" + name + "\" measures 200 round trips of \"ping\\n\"");
        }
        return trips;
    }

    public synchronized void transfer(Transfer value) {
        transfer = value;
    }

    public synchronized Transfer transfer() {
        if (transfer == null) {
            throw NetspecFailure.of("no transfer has been timed in this scenario; add a step such as:"
                    + " When \"alice\" sends 256 KiB of random data and \"sink\" receives it all within 6 s");
        }
        return transfer;
    }
}
