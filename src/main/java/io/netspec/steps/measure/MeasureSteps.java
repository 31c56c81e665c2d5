package io.netspec.steps.measure;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.fault.LossAtSink;
import io.netspec.fault.LossChecks;
import io.netspec.fault.UdpRelay;
import io.netspec.measure.Loss;
import io.netspec.measure.RoundTripReport;
import io.netspec.measure.RoundTrips;
import io.netspec.measure.TimingCheck;
import io.netspec.measure.Transfer;
import io.netspec.socket.RequestReply;
import io.netspec.socket.StreamClient;
import io.netspec.socket.StreamServer;
import io.netspec.socket.UdpServer;
import io.netspec.steps.Measurements;
import io.netspec.steps.UdpLinks;
import io.netspec.steps.World;
import io.netspec.text.Percent;
import io.netspec.text.Size;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Round trips, transfers and their checks; each measurement is attached as a table (and a chart). */
public final class MeasureSteps {
    private final World world;
    private final Measurements measurements;
    private final UdpLinks udpLinks;

    public MeasureSteps(World world, Measurements measurements, UdpLinks udpLinks) {
        this.world = world;
        this.measurements = measurements;
        this.udpLinks = udpLinks;
    }

    // ---- loss at a UDP sink -------------------------------------------------------------------

    @Then("{text} lost between {percent} and {percent} of the datagrams")
    public void lostBetween(String name, Percent low, Percent high) {
        LossChecks.between(name, loss(name), udpLinks.to(name), low, high, this::seed, world);
    }

    @Then("the loss seen by {text} is consistent with {percent} at {percent} confidence")
    public void consistent(String name, Percent rate, Percent confidence) {
        LossChecks.consistent(name, loss(name), udpLinks.to(name), rate, confidence, this::seed, world);
    }

    @Then("{text} counted every duplicate and reordering made by {text}")
    public void countedDuplicatesAndReorderings(String name, String linkName) {
        UdpRelay relay = world.lookup(linkName, UdpRelay.class, "UDP link");
        LossChecks.countedEvery(name, linkName, relay, loss(name), this::seed, world);
    }

    /** Loss at a UDP sink against what the UDP links in front of it took in; attached as a table. */
    private Loss loss(String name) {
        UdpServer sink = world.lookup(name, UdpServer.class, "UDP sink server");
        return LossAtSink.countAndAttach(name, sink, udpLinks.to(name), world.defaultWait(), world);
    }

    private String seed() {
        return " (seed " + world.seed() + "; replay with: Given the random seed " + world.seed() + ")";
    }

    // ---- round trips and transfers --------------------------------------------------------------

    @When("{text} measures {count} round trips of {payload}")
    public void measure(String name, int count, byte[] payload) {
        StreamClient client = world.lookup(name, StreamClient.class, "TCP or Unix-domain client");
        Duration each = world.defaultWait();
        RoundTrips trips = RoundTrips.measure(name, count, () -> RequestReply.sameLength(client, payload, each));
        measurements.streamTrips(name, trips, client);
        RoundTripReport.attach(name, trips, measurements.path(name), world);
    }

    @Then("the median round trip of {text} is between {duration} and {duration}")
    public void median(String name, Duration low, Duration high) {
        world.log(RoundTripReport.median(name, measurements.roundTrips(name), measurements.path(name), low, high,
                world.lateness(), world));
    }

    @Then("the {count}th percentile round trip of {text} is below {duration}")
    public void percentile(int percentile, String name, Duration bound) {
        world.log(RoundTripReport.percentile(percentile, name, measurements.roundTrips(name), measurements.path(name),
                bound, world.lateness(), world));
    }

    @When("{text} sends {size} of random data and {text} receives it all within {duration}")
    public void transfer(String from, Size size, String to, Duration within) {
        StreamClient client = world.lookup(from, StreamClient.class, "TCP or Unix-domain client");
        StreamServer server = world.lookup(to, StreamServer.class, "TCP or Unix-domain server");
        RandomGenerator random = world.random("random data sent by " + from);
        measurements.transfer(Transfer.time(from, to, size, within, () -> client.sendRandom(size.bytes(), random, within),
                server::totalBytesRead));
    }

    @Then("the transfer took between {duration} and {duration}")
    public void transferTook(Duration low, Duration high) {
        Transfer t = measurements.transfer();
        world.log(TimingCheck.check("the transfer", t.elapsed(), low, high, world.lateness(),
                TimingCheck.Waits.pacedOver(high), String.valueOf(t.describe())));
    }
}
