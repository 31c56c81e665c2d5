package io.netspec.steps;

import io.netspec.core.NetspecFailure;
import io.netspec.fault.LinkReports;
import io.netspec.host.Network;
import io.netspec.host.PathFaults;
import io.netspec.measure.DatagramTrips;
import io.netspec.measure.RoundTripReport;
import io.netspec.measure.RoundTrips;
import io.netspec.measure.Transfer;
import io.netspec.socket.StreamClient;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The measurements a scenario took, by client name, for the steps that check them, each with the path it
 * was measured on (for a chart's subtitle). Scenario-scoped.
 */
public final class Measurements {
    private record Measured(RoundTrips trips, Supplier<String> path) {
    }

    private final World world;
    private final Map<String, Measured> roundTrips = new HashMap<>();
    private Transfer transfer;

    public Measurements(World world) {
        this.world = world;
    }

    /** Keeps the round trips a stream client measured; their path is what lies between it and its target. */
    public synchronized void streamTrips(String name, RoundTrips trips, StreamClient client) {
        roundTrips.put(name, new Measured(trips, () -> PathFaults.of(client.target(), world.all(Network.class),
                LinkReports::through)));
    }

    /** Keeps datagram round trips as the round trips of {@code name} and attaches their table and chart. */
    public void datagramTrips(String name, DatagramTrips trips, String target) {
        synchronized (this) {
            roundTrips.put(name, new Measured(trips.trips(), () -> "round trips of datagrams"));
        }
        RoundTripReport.attachDatagrams(name, trips, target, world);
    }

    public RoundTrips roundTrips(String name) {
        return measured(name).trips();
    }

    /** The path the round trips of {@code name} were measured on, in words. */
    public String path(String name) {
        return measured(name).path().get();
    }

    private synchronized Measured measured(String name) {
        Measured measured = roundTrips.get(name);
        if (measured == null) {
            throw NetspecFailure.of("no round trips of \"" + name + "\" have been measured in this scenario;"
                    + " add a step such as: When \"" + name + "\" measures 200 round trips of \"ping\\n\"");
        }
        return measured;
    }

    /** Keeps the scenario's timed transfer and attaches its table. */
    public void transfer(Transfer value) {
        synchronized (this) {
            transfer = value;
        }
        world.attach("transfer", value.table());
    }

    public synchronized Transfer transfer() {
        if (transfer == null) {
            throw NetspecFailure.of("no transfer has been timed in this scenario; add a step such as:"
                    + " When \"alice\" sends 256 KiB of random data and \"sink\" receives it all within 6 s");
        }
        return transfer;
    }
}
