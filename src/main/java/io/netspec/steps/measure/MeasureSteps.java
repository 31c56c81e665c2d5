package io.netspec.steps.measure;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.fault.Link;
import io.netspec.fault.LossAtSink;
import io.netspec.fault.UdpRelay;
import io.netspec.host.Network;
import io.netspec.measure.Charts;
import io.netspec.measure.Loss;
import io.netspec.measure.RoundTrips;
import io.netspec.measure.TimingCheck;
import io.netspec.measure.Transfer;
import io.netspec.measure.Wilson;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.RequestReply;
import io.netspec.socket.StreamClient;
import io.netspec.socket.StreamServer;
import io.netspec.socket.UdpServer;
import io.netspec.steps.Measurements;
import io.netspec.steps.UdpLinks;
import io.netspec.steps.World;
import io.netspec.text.Durations;
import io.netspec.text.Percent;
import io.netspec.text.Size;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        Loss loss = loss(name);
        world.attach("loss at \"" + name + "\" (chart)", "image/svg+xml", Charts.lossSvg(loss, udpFault(name),
                low.fraction(), high.fraction(), "allowed: " + low + " to " + high, null));
        if (loss.rate() < low.fraction() || loss.rate() > high.fraction()) {
            throw ExpectationFailure.expected("\"" + name + "\" to lose between " + low + " and " + high
                    + " of the datagrams", String.valueOf(loss.describe() + seed()));
        }
    }

    @Then("the loss seen by {text} is consistent with {percent} at {percent} confidence")
    public void consistent(String name, Percent rate, Percent confidence) {
        Loss loss = loss(name);
        Wilson interval = loss.interval(confidence.fraction());
        world.attach("loss at \"" + name + "\" (Wilson score interval)", interval.describe());
        world.attach("loss at \"" + name + "\" (Wilson score interval, chart)", "image/svg+xml",
                Charts.lossSvg(loss, udpFault(name), interval.low(), interval.high(), confidence + " Wilson score interval",
                        rate.fraction()));
        if (!interval.contains(rate.fraction())) {
            throw ExpectationFailure.expected("the loss seen by \"" + name + "\" to be consistent with " + rate + " at "
                    + confidence + " confidence", interval.describe() + " leaves " + rate + " out" + seed());
        }
    }

    @Then("{text} counted every duplicate and reordering made by {text}")
    public void countedDuplicatesAndReorderings(String name, String linkName) {
        UdpRelay relay = world.lookup(linkName, UdpRelay.class, "UDP link");
        Loss loss = loss(name);
        world.attach("UDP link \"" + linkName + "\"", relay.counts());
        long duplicated = relay.duplicatedTowardsTarget();
        long reordered = relay.reorderedTowardsTarget();
        boolean duplicates = relay.settings().duplicate() > 0;
        boolean reorders = relay.settings().reorder() > 0;
        if (!duplicates && !reorders) {
            throw NetspecFailure.of("the UDP link \"" + linkName + "\" is set to neither duplicate nor reorder"
                    + " datagrams, so there is nothing for \"" + name + "\" to count; add \"Given the UDP link \""
                    + linkName + "\" duplicates 2% of datagrams\" or \"… reorders 5% of datagrams\"");
        }
        // A link set to duplicate or reorder that made none would make this check pass without checking anything.
        List<String> idle = new ArrayList<>();
        if (duplicates && duplicated == 0) {
            idle.add("duplicated none");
        }
        if (reorders && reordered == 0) {
            idle.add("reordered none");
        }
        if (loss.duplicates() != duplicated || loss.reordered() < reordered || !idle.isEmpty()) {
            throw ExpectationFailure.expected("\"" + name + "\" to count the " + duplicated + " duplicates and at least"
                    + " the " + reordered + " reorderings \"" + linkName + "\" made", "it counted "
                    + loss.duplicates() + " duplicates and " + loss.reordered() + " out of order"
                    + (idle.isEmpty() ? "" : "; the link, set to " + relay.settings().describe() + ", "
                    + String.join(" and ", idle) + " (send more datagrams)") + seed());
        }
    }

    /** Loss at a UDP sink against what the UDP links in front of it took in; attached as a table. */
    private Loss loss(String name) {
        UdpServer sink = world.lookup(name, UdpServer.class, "UDP sink server");
        Loss loss = LossAtSink.count(name, sink, udpLinks.to(name), world.defaultWait(), world::log);
        world.attach("loss at \"" + name + "\"", loss.table());
        return loss;
    }

    private String seed() {
        return " (seed " + world.seed() + "; replay with: Given the random seed " + world.seed() + ")";
    }

    @When("{text} measures {count} round trips of {payload}")
    public void measure(String name, int count, byte[] payload) {
        StreamClient client = world.lookup(name, StreamClient.class, "TCP or Unix-domain client");
        Duration each = world.defaultWait();
        RoundTrips trips = RoundTrips.measure(name, count, () -> RequestReply.sameLength(client, payload, each));
        measurements.roundTrips(name, trips);
        world.attach("round trips of \"" + name + "\"", trips.table());
        world.attach("round trips of \"" + name + "\" (chart)", "image/svg+xml",
                Charts.roundTripSvg(trips, tcpFault(client), null));
    }

    /** The fault a client's round trips went through, for a chart's subtitle. */
    private String tcpFault(StreamClient client) {
        if (client.target() instanceof Link link) {
            return "through the link \"" + link.name() + "\": " + (link.applied().isEmpty() ? "no toxics"
                    : String.join(", ", link.applied()));
        }
        if (client.target().address() instanceof InetSocketAddress to) {
            // A server on a host: the packets crossed its network, which may delay, drop or reorder them.
            for (Network network : world.all(Network.class)) {
                if (network.treatment() instanceof NetworkTreatment treatment && network.hosts().values().stream()
                        .anyMatch(a -> a.address().toInetAddress().equals(to.getAddress()))) {
                    return "to " + client.target().describe() + " across the " + treatment.describe();
                }
            }
        }
        return "straight to " + client.target().describe() + ", no fault on the path";
    }

    /** The impairment of the UDP links in front of a sink, for a chart's subtitle. */
    private String udpFault(String sink) {
        List<UdpRelay> relays = udpLinks.to(sink);
        if (relays.isEmpty()) {
            return "no UDP link in front of \"" + sink + "\"";
        }
        return "through a UDP link that " + relays.stream().map(r -> r.settings().describe())
                .collect(java.util.stream.Collectors.joining("; and one that "));
    }

    private void attachAgainst(String name, Charts.Band band) {
        RoundTrips trips = measurements.roundTrips(name);
        // Round trips are measured by stream clients and, of datagrams, by UDP clients.
        Object measured = world.lookup(name, Object.class, "client");
        String path = measured instanceof StreamClient client ? tcpFault(client) : "round trips of datagrams";
        world.attach("round trips of \"" + name + "\" against " + band.label() + " (chart)", "image/svg+xml",
                Charts.roundTripSvg(trips, path, band));
    }

    @Then("the median round trip of {text} is between {duration} and {duration}")
    public void median(String name, Duration low, Duration high) {
        RoundTrips trips = measurements.roundTrips(name);
        attachAgainst(name, new Charts.Band(low.toNanos() / 1e6, high.toNanos() / 1e6,
                "asserted median: " + Durations.format(low) + " to " + Durations.format(high)));
        world.log(TimingCheck.check("the median round trip of \"" + name + "\"", trips.median(), low, high,
                world.lateness(), TimingCheck.Waits.roundTrip(50), trips.describe()));
    }

    @Then("the {count}th percentile round trip of {text} is below {duration}")
    public void percentile(int percentile, String name, Duration bound) {
        RoundTrips trips = measurements.roundTrips(name);
        attachAgainst(name, new Charts.Band(0, bound.toNanos() / 1e6,
                "asserted: " + percentile + "th percentile below " + Durations.format(bound)));
        world.log(TimingCheck.check("the " + percentile + "th percentile round trip of \"" + name + "\"",
                trips.percentile(percentile), Duration.ZERO, bound, world.lateness(),
                TimingCheck.Waits.roundTrip(percentile), trips.describe()));
    }

    @When("{text} sends {size} of random data and {text} receives it all within {duration}")
    public void transfer(String from, Size size, String to, Duration within) {
        StreamClient client = world.lookup(from, StreamClient.class, "TCP or Unix-domain client");
        StreamServer server = world.lookup(to, StreamServer.class, "TCP or Unix-domain server");
        Transfer transfer = Transfer.time(from, to, size, within,
                () -> client.sendRandom(size.bytes(), world.random("random data sent by " + from), within),
                server::totalBytesRead);
        measurements.transfer(transfer);
        world.attach("transfer", transfer.table());
    }

    @Then("the transfer took between {duration} and {duration}")
    public void transferTook(Duration low, Duration high) {
        Transfer t = measurements.transfer();
        world.log(TimingCheck.check("the transfer", t.elapsed(), low, high, world.lateness(),
                TimingCheck.Waits.pacedOver(high), String.valueOf(t.describe())));
    }
}
