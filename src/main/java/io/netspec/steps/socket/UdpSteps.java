package io.netspec.steps.socket;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.fault.LinkReports;
import io.netspec.fault.UdpRelay;
import io.netspec.host.MulticastSink;
import io.netspec.socket.DatagramChecks;
import io.netspec.socket.Hosts;
import io.netspec.socket.NumberedDatagram;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import io.netspec.steps.EndpointOpening;
import io.netspec.steps.HostLab;
import io.netspec.steps.Where;
import io.netspec.steps.World;
import io.netspec.text.Size;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** UDP echo and sink servers and UDP clients. */
public final class UdpSteps {
    private final World world;
    private final EndpointOpening opening;
    private final HostLab lab;

    public UdpSteps(World world, EndpointOpening opening, HostLab lab) {
        this.world = world;
        this.opening = opening;
        this.lab = lab;
    }

    @Given("a UDP echo server {text}{place}")
    public void echo(String name, Where where) {
        opening.udpServer(name, where, UdpServer.echo());
    }

    @Given("a UDP echo server {text} on {text}")
    public void echoOn(String name, String host) {
        opening.udpServer(name, new Where(null), UdpServer.echo().on(Hosts.literal(host)));
    }

    @Given("a UDP sink server {text}{place}")
    public void sink(String name, Where where) {
        opening.udpServer(name, where, UdpServer.sink());
    }

    @Given("a UDP sink server {text} on host {text} in the multicast group {text} on port {number}")
    public void groupSink(String name, String host, String group, long port) {
        opening.udpServer(name, lab.host(host), MulticastSink.start(name, lab.host(host), group, port, null, world.defaultWait()));
    }

    @Given("a UDP sink server {text} on host {text} in the multicast group {text} on port {number} on the network {text}")
    public void groupSinkOn(String name, String host, String group, long port, String network) {
        opening.udpServer(name, lab.host(host), MulticastSink.start(name, lab.host(host), group, port, lab.network(network),
                world.defaultWait()));
    }

    @Given("a UDP client {text}{place}")
    public void client(String name, Where where) {
        opening.udpClient(name, where);
    }

    @When("{text} sends the datagram {payload} to {text}")
    public void sendsDatagram(String name, byte[] payload, String target) {
        client(name, "send").send(payload, world.target(target));
    }

    @When("{text} sends {count} datagrams of {size} to {text}")
    public void sendsNumbered(String name, int count, Size size, String target) {
        client(name, "send").sendNumbered(count, () -> size.atMost(NumberedDatagram.LARGEST, "a datagram"), world.target(target), UdpClient.DEFAULT_RATE);
    }

    @When("{text} sends {count} datagrams of {size} to {text} at {count} per second")
    public void sendsNumberedAt(String name, int count, Size size, String target, int perSecond) {
        client(name, "send").sendNumbered(count, () -> size.atMost(NumberedDatagram.LARGEST, "a datagram"), world.target(target), perSecond);
    }

    @When("{text} sends {count} datagrams of {count} to {count} bytes to {text}")
    public void sendsVarying(String name, int count, int smallest, int largest, String target) {
        sendsVaryingAt(name, count, smallest, largest, target, (int) UdpClient.DEFAULT_RATE);
    }

    @When("{text} sends {count} datagrams of {count} to {count} bytes to {text} at {count} per second")
    public void sendsVaryingAt(String name, int count, int smallest, int largest, String target, int perSecond) {
        DatagramChecks.sizeRange(smallest, largest);
        RandomGenerator sizes = world.random("datagram sizes of " + name);
        client(name, "send").sendNumbered(count, () -> sizes.nextInt(smallest, largest + 1), world.target(target), perSecond);
    }

    @Then("{text} cannot send a datagram of {size} to {text}")
    public void cannotSend(String name, Size size, String target) {
        DatagramChecks.cannotSend(name, client(name, "send"), size, () -> world.target(target), target, world);
    }

    @Then("{text} receives the datagram {payload} within {duration}")
    public void receivesWithin(String name, byte[] payload, Duration within) {
        LinkReports.withRelayFailures(() -> world.all(UdpRelay.class),
                () -> client(name, "receive").receiveExactly(payload, within));
    }

    @Then("{text} receives the datagram {payload}")
    public void receives(String name, byte[] payload) {
        receivesWithin(name, payload, world.defaultWait());
    }

    @Then("{text} received {count} datagram(s)")
    public void receivedCount(String name, int count) {
        receivedCountWithin(name, count, world.defaultWait());
    }

    @Then("{text} received {count} datagram(s) within {duration}")
    public void receivedCountWithin(String name, int count, Duration within) {
        LinkReports.withRelayFailures(() -> world.all(UdpRelay.class),
                () -> world.attach("ledger of \"" + name + "\"", udpServer(name).expectReceived(count, within).toString()));
    }

    @Then("{text} received every datagram whole")
    public void everyWhole(String name) {
        DatagramChecks.everyWhole(name, udpServer(name), world);
    }

    @Then("{text} received no datagram twice and none out of order")
    public void noDuplicates(String name) {
        DatagramChecks.noDuplicates(name, udpServer(name), world);
    }

    private UdpClient client(String name, String what) {
        return world.lookup(name, UdpClient.class, "UDP client (that can " + what + " datagrams)");
    }

    private UdpServer udpServer(String name) {
        return world.lookup(name, UdpServer.class, "UDP server");
    }
}
