package io.netspec.steps.socket;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.measure.RoundTripReport;
import io.netspec.measure.RoundTrips;
import io.netspec.socket.ReplyMatch;
import io.netspec.socket.RequestReply;
import io.netspec.socket.StreamClient;
import io.netspec.steps.Measurements;
import io.netspec.steps.World;

import java.time.Duration;

/** Replies checked by a fragment (a line, a piece of text, a start) and round trips whose reply differs from the request. */
public final class ReplySteps {
    private final World world;
    private final Measurements measurements;

    public ReplySteps(World world, Measurements measurements) {
        this.world = world;
        this.measurements = measurements;
    }

    @Then("{text} receives a line matching {text} within {duration}")
    public void lineMatching(String name, String regex, Duration within) {
        client(name).receiveMatching(ReplyMatch.line(regex), within);
    }

    @Then("{text} receives text containing {payload} within {duration}")
    public void textContaining(String name, byte[] text, Duration within) {
        client(name).receiveMatching(ReplyMatch.containing(text), within);
    }

    @Then("{text} receives a reply starting with {payload} within {duration}")
    public void replyStartingWith(String name, byte[] start, Duration within) {
        client(name).receiveMatching(ReplyMatch.startingWith(start), within);
    }

    /** Each trip sends the request and waits (at most the default wait) for exactly the expected reply. */
    @When("{text} measures {count} round trips of {payload} expecting {payload}")
    public void measureExpecting(String name, int count, byte[] request, byte[] reply) {
        StreamClient client = client(name);
        Duration each = world.defaultWait();
        RoundTrips trips = RoundTrips.measure(name, count, () -> RequestReply.expecting(client, request, reply, each));
        measurements.streamTrips(name, trips, client);
        RoundTripReport.attach(name, trips, "", world);
    }

    private StreamClient client(String name) {
        return world.lookup(name, StreamClient.class, "TCP or Unix-domain client");
    }
}
