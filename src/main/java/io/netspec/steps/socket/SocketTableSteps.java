package io.netspec.steps.socket;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.ostable.TableChecks;
import io.netspec.socket.ClientChecks;
import io.netspec.socket.Stopping;
import io.netspec.socket.StreamClient;
import io.netspec.socket.Target;
import io.netspec.steps.HostLab;
import io.netspec.steps.World;

import java.net.InetSocketAddress;

/** What the OS socket table (netstat -an, ss, lsof -i) shows of a scenario's endpoints; the lines are attached. */
public final class SocketTableSteps {
    private final World world;
    private final HostLab hosts;

    public SocketTableSteps(World world, HostLab hosts) {
        this.world = world;
        this.hosts = hosts;
    }

    @Then("{text} is listening")
    public void listening(String name) {
        Target target = world.target(name);
        TableChecks.listening(name, target.describe(), target.address(), target.datagram(), world.defaultWait(),
                hosts.tableOf(name), world);
    }

    @Then("{text} is no longer listening")
    public void notListening(String name) {
        Target target = world.target(name);
        TableChecks.notListening(name, target.describe(), target.address(), target.datagram(), world.defaultWait(),
                hosts.tableOf(name), world);
    }

    @When("{text} stops")
    public void stops(String name) {
        Stopping.stop(name, world.lookup(name, Object.class, "server"));
    }

    @Then("{text} has an established connection to {text}")
    public void established(String clientName, String targetName) {
        StreamClient client = client(clientName);
        InetSocketAddress local = TableChecks.inet(client.localAddress(), clientName);
        InetSocketAddress remote = ClientChecks.serverEnd(client, TableChecks.inet(world.target(targetName).address(), targetName));
        TableChecks.established(clientName, targetName, local, remote, world.defaultWait(),
                hosts.tableOf(clientName, targetName), world);
    }

    @Then("the connection from {text} is in TIME_WAIT or gone")
    public void timeWaitOrGone(String clientName) {
        StreamClient client = client(clientName);
        TableChecks.timeWaitOrGone(clientName, TableChecks.inet(client.localAddress(), clientName),
                TableChecks.inet(client.remoteAddress(), clientName + "'s peer"), world.defaultWait(),
                hosts.tableOf(clientName), world);
    }

    @Then("{text} uses a local port in the ephemeral range")
    public void ephemeral(String clientName) {
        StreamClient client = client(clientName);
        ClientChecks.ephemeral(clientName, client, TableChecks.inet(client.localAddress(), clientName), world);
    }

    private StreamClient client(String name) {
        return world.lookup(name, StreamClient.class, "TCP client");
    }
}
