package io.netspec.steps;

import io.netspec.socket.Hosts;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.Target;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import io.netspec.text.Durations;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Opens servers and clients where a phrase puts them (this machine's own namespace, or inside a host:
 * {@link Where}), names them in the World, keeps their transcripts for the report and logs where they are:
 * what the socket step classes share, so each endpoint kind is one phrase that works in both places.
 */
public final class EndpointOpening {
    private final World world;
    private final HostLab lab;
    private final SocketLedger ledger;

    public EndpointOpening(World world, HostLab lab, SocketLedger ledger) {
        this.world = world;
        this.lab = lab;
        this.ledger = ledger;
    }

    public TcpServer tcpServer(String name, Where where, TcpServer.Builder builder) {
        SocketPlace place = lab.place(where);
        TcpServer server = Endpoints.keep(world, name, "TCP server",
                builder.named(name).inside(place).checkedWith(world.streamCheck()).start());
        ledger.server(name, server);
        placed(name, place, "listens on " + Hosts.show(server.address()));
        return server;
    }

    public UdpServer udpServer(String name, Where where, UdpServer.Builder builder) {
        SocketPlace place = lab.place(where);
        return udpServer(name, place, builder.named(name).inside(place).start());
    }

    /** Names a UDP server already started in {@code place} (a multicast sink on a host), keeps its transcript and logs it. */
    public UdpServer udpServer(String name, SocketPlace place, UdpServer started) {
        UdpServer server = Endpoints.keep(world, name, "UDP server", started);
        ledger.add("transcript of \"" + name + "\"", () -> server.describe() + ", " + (server.isEcho() ? "echo" : "sink")
                + " server" + inside(place) + "\nledger: " + server.ledger().snapshot() + "\n\n" + server.transcript().text());
        placed(name, place, "receives datagrams on " + Hosts.show(server.address()));
        return server;
    }

    public TcpClient tcpClient(String name, Where where, String targetName, Duration within, InetSocketAddress bindTo) {
        SocketPlace place = lab.place(where);
        Target target = world.target(targetName);
        TcpClient client = Endpoints.keep(world, name, "TCP client", TcpClient.connect(name, target, within, bindTo, place));
        client.checkedWith(world.streamCheck());
        ledger.client(name, client);
        placed(name, place, "connected from " + Hosts.show(client.localAddress()) + " to " + target.describe()
                + " (bound " + Durations.format(within) + ")");
        return client;
    }

    public UdpClient udpClient(String name, Where where) {
        SocketPlace place = lab.place(where);
        UdpClient client = Endpoints.keep(world, name, "UDP client", new UdpClient(name, place));
        ledger.add("transcript of \"" + name + "\"", () -> client.describe() + inside(place) + " (local "
                + (client.localAddress() == null ? "not bound yet" : Hosts.show(client.localAddress())) + "), sent "
                + client.datagramsSent() + " datagrams (" + client.bytesSent() + " bytes), received "
                + client.datagramsReceived() + "\n\n" + client.transcript().text());
        lab.placed(name, place);
        return client;
    }

    /** Notes that {@code name} is in {@code place} and logs what it does there. */
    private void placed(String name, SocketPlace place, String does) {
        lab.placed(name, place);
        world.log("\"" + name + "\" " + does + inside(place));
    }

    private static String inside(SocketPlace place) {
        return place == SocketPlace.HERE ? "" : " inside " + place.describe();
    }
}
