package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.core.ScenarioError;
import io.netspec.measure.Charts;
import io.netspec.measure.RoundTrips;
import io.netspec.socket.DatagramReceiver;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.Target;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpService;
import io.netspec.text.Durations;

import java.time.Duration;

/** UDP services found running, datagram round trips, and what a UDP client got back. */
public final class UdpServiceSteps {
    private final World world;
    private final Measurements measurements;

    public UdpServiceSteps(World world, Measurements measurements) {
        this.world = world;
        this.measurements = measurements;
    }

    @Given("the UDP service {text} at {text}")
    public void service(String name, String hostPort) {
        UdpService service = world.register(name, "UDP service", UdpService.at(name, hostPort));
        world.log(service.describe() + " (UDP has no connection to try: its answers tell whether it is up)");
    }

    /**
     * Each trip sends the datagram and waits at most the default wait for one datagram back; a trip whose
     * reply does not come is counted as lost, not timed (check with "received between … datagrams back").
     */
    @When("{text} measures {count} round trips of the datagram {payload} to {text}")
    public void roundTrips(String name, int count, byte[] payload, String targetName) {
        if (count < 1) {
            throw ScenarioError.of(count + " round trips of \"" + name + "\"; expected 1 or more");
        }
        UdpClient client = client(name);
        Target target = world.target(targetName);
        Duration each = world.defaultWait();
        RoundTrips trips = new RoundTrips(name);
        int lost = 0;
        for (int i = 0; i < count; i++) {
            // A reply that came too late for the trip before is taken now, so it is not timed as this trip's.
            client.awaitReceived(0, Duration.ZERO);
            long start = System.nanoTime();
            client.send(payload, target);
            if (client.poll(each).isPresent()) {
                trips.record(Duration.ofNanos(System.nanoTime() - start));
            } else {
                lost++;
            }
        }
        world.log("\"" + name + "\": " + (count - lost) + " of " + count + " datagrams to \"" + targetName
                + "\" were answered within " + Durations.format(each) + " each");
        measurements.roundTrips(name, trips);
        if (trips.count() > 0) {
            world.attach("round trips of \"" + name + "\"", trips.table() + "\nunanswered: " + lost + " of " + count);
            world.attach("round trips of \"" + name + "\" (chart)", "image/svg+xml", Charts.roundTripSvg(trips));
        } else {
            world.attach("round trips of \"" + name + "\"", "none of the " + count + " datagrams to \"" + targetName
                    + "\" was answered within " + Durations.format(each));
        }
    }

    @Then("{text} received between {count} and {count} datagrams back")
    public void receivedBack(String name, int low, int high) {
        if (low < 0 || high < low) {
            throw ScenarioError.of("between " + low + " and " + high + " datagrams is not a range; expected"
                    + " two counts, the smaller first");
        }
        UdpClient client = client(name);
        long received = client.awaitReceived(low, world.defaultWait());
        if (received < low || received > high) {
            throw new SocketExpectationError("expected " + client.describe() + " to have received between " + low + " and "
                    + high + " datagrams back, but it received " + received + " (of " + client.datagramsSent() + " it sent)");
        }
    }

    @Then("{text} receives no datagram within {duration}")
    public void receivesNone(String name, Duration within) {
        world.lookup(name, DatagramReceiver.class, "UDP client or server").receiveNothing(within);
    }

    private UdpClient client(String name) {
        return world.lookup(name, UdpClient.class, "UDP client");
    }
}
