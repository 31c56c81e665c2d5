package io.netspec.steps.socket;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.measure.DatagramTrips;
import io.netspec.socket.DatagramReceiver;
import io.netspec.socket.DatagramsBack;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpService;
import io.netspec.steps.Measurements;
import io.netspec.steps.World;

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

    /** Each trip waits at most the scenario's wait for its reply; one that does not come is lost, not timed. */
    @When("{text} measures {count} round trips of the datagram {payload} to {text}")
    public void roundTrips(String name, int count, byte[] payload, String target) {
        DatagramTrips trips = DatagramTrips.measure(client(name), payload, world.target(target), count, world.defaultWait());
        world.log("\"" + name + "\": " + trips.describe("\"" + target + "\""));
        measurements.datagramTrips(name, trips, "\"" + target + "\"");
    }

    @Then("{text} received between {count} and {count} datagrams back")
    public void receivedBack(String name, int low, int high) {
        DatagramsBack.range(low, high);
        DatagramsBack.between(client(name), low, high, world.defaultWait());
    }

    @Then("{text} receives no datagram within {duration}")
    public void receivesNone(String name, Duration within) {
        world.lookup(name, DatagramReceiver.class, "UDP client or server").receiveNothing(within);
    }

    private UdpClient client(String name) {
        return world.lookup(name, UdpClient.class, "UDP client");
    }
}
