package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.netspec.host.Host;
import io.netspec.host.MulticastSink;
import io.netspec.socket.Hosts;
import io.netspec.socket.Target;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import io.netspec.text.Durations;
import io.netspec.text.Size;

import java.time.Duration;

/** Servers and clients on a host: opened inside the host's own network namespace, bound to its address. */
public final class HostEndpointSteps {
    private final World world;
    private final HostLab lab;
    private final SocketLedger ledger;

    public HostEndpointSteps(World world, HostLab lab, SocketLedger ledger) {
        this.world = world;
        this.lab = lab;
        this.ledger = ledger;
    }

    @Given("a TCP echo server {text} on host {text}")
    public void echoServer(String name, String host) {
        tcpServer(name, host, TcpServer.echo());
    }

    @Given("a TCP sink server {text} on host {text}")
    public void sinkServer(String name, String host) {
        tcpServer(name, host, TcpServer.sink());
    }

    @Given("a TCP server {text} on host {text} that never answers")
    public void silentServer(String name, String host) {
        tcpServer(name, host, TcpServer.neverAnswering());
    }

    @Given("a TCP server {text} on host {text} that replies {payload} to {payload}")
    public void replyServer(String name, String host, byte[] reply, byte[] request) {
        tcpServer(name, host, TcpServer.replying(reply, request));
    }

    @Given("a TCP server {text} on host {text} that closes every connection at once")
    public void closingServer(String name, String host) {
        tcpServer(name, host, TcpServer.closingAtOnce());
    }

    @Given("a TCP server {text} on host {text} that closes each connection after reading {size}")
    public void closingAfterServer(String name, String host, Size limit) {
        tcpServer(name, host, TcpServer.closingAfter(limit));
    }

    private void tcpServer(String name, String hostName, TcpServer.Builder builder) {
        Host host = lab.host(hostName);
        TcpServer server = Endpoints.keep(world, name, "TCP server", builder.named(name).on(host.address(4)).inside(host)
                .checkedWith(world.streamCheck()).start());
        ledger.server(name, server);
        placed(name, host, "listens on " + Hosts.show(server.address()));
    }

    @Given("a UDP echo server {text} on host {text}")
    public void udpEcho(String name, String host) {
        udpServer(name, host, UdpServer.echo());
    }

    @Given("a UDP sink server {text} on host {text}")
    public void udpSink(String name, String host) {
        udpServer(name, host, UdpServer.sink());
    }

    @Given("a UDP sink server {text} on host {text} in the multicast group {text} on port {number}")
    public void groupSink(String name, String hostName, String group, long port) {
        Host host = lab.host(hostName);
        udpServer(name, host, MulticastSink.start(name, host, group, port, null, world.defaultWait()));
    }

    @Given("a UDP sink server {text} on host {text} in the multicast group {text} on port {number} on the network {text}")
    public void groupSinkOn(String name, String hostName, String group, long port, String network) {
        Host host = lab.host(hostName);
        udpServer(name, host, MulticastSink.start(name, host, group, port, lab.network(network), world.defaultWait()));
    }

    private void udpServer(String name, String hostName, UdpServer.Builder builder) {
        Host host = lab.host(hostName);
        udpServer(name, host, builder.named(name).on(host.address(4)).inside(host).start());
    }

    private void udpServer(String name, Host host, UdpServer started) {
        UdpServer server = Endpoints.keep(world, name, "UDP server", started);
        ledger.add("transcript of \"" + name + "\"", () -> server.describe() + " on host \"" + host.name() + "\"\nledger: "
                + server.ledger().snapshot() + "\n\n" + server.transcript().text());
        placed(name, host, "receives datagrams on " + Hosts.show(server.address()));
    }

    /** Notes that {@code name} is on {@code host} and logs what it does there. */
    private void placed(String name, Host host, String does) {
        lab.placed(name, host);
        world.log("\"" + name + "\" " + does + " inside host \"" + host.name() + "\"");
    }

    @Given("a TCP client {text} on host {text} connected to {text}")
    public void client(String name, String host, String target) {
        connect(name, host, target, world.defaultWait());
    }

    @Given("a TCP client {text} on host {text} connected to {text} within {duration}")
    public void clientWithin(String name, String host, String target, Duration within) {
        connect(name, host, target, within);
    }

    private void connect(String name, String hostName, String targetName, Duration within) {
        Host host = lab.host(hostName);
        Target target = world.target(targetName);
        TcpClient client = Endpoints.keep(world, name, "TCP client", TcpClient.connect(name, target, within, null, host));
        client.checkedWith(world.streamCheck());
        ledger.client(name, client);
        lab.placed(name, host);
        world.log("\"" + name + "\" connected from " + Hosts.show(client.localAddress()) + " inside host \"" + hostName
                + "\" to " + target.describe() + " (bound " + Durations.format(within) + ")");
    }

    @Given("a UDP client {text} on host {text}")
    public void udpClient(String name, String hostName) {
        Host host = lab.host(hostName);
        UdpClient client = Endpoints.keep(world, name, "UDP client", new UdpClient(name, host));
        ledger.add("transcript of \"" + name + "\"", () -> client.describe() + " on host \"" + hostName + "\" (local "
                + (client.localAddress() == null ? "not bound yet" : Hosts.show(client.localAddress())) + "), sent "
                + client.datagramsSent() + " datagrams (" + client.bytesSent() + " bytes), received "
                + client.datagramsReceived() + "\n\n" + client.transcript().text());
        lab.placed(name, host);
    }
}
