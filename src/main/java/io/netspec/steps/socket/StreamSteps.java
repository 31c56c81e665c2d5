package io.netspec.steps.socket;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.ostable.TableChecks;
import io.netspec.socket.Observed;
import io.netspec.socket.ServerConnection;
import io.netspec.socket.StreamChecks;
import io.netspec.socket.StreamClient;
import io.netspec.socket.StreamServer;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;
import io.netspec.text.Size;

import java.time.Duration;
import java.util.List;

/** What stream clients and servers (TCP and Unix-domain) send, receive, read, close and call. */
public final class StreamSteps {
    private final World world;
    private final PacketLab packets;

    public StreamSteps(World world, PacketLab packets) {
        this.world = world;
        this.packets = packets;
    }

    // ---- sending and receiving ----------------------------------------------------------------

    /** A send that stalls fails saying what the captures show of the receiver's window. */
    @When("{text} sends {payload}")
    public void sends(String name, byte[] payload) {
        StreamClient client = client(name);
        packets.explainingStalls(client, () -> client.send(payload));
    }

    @When("{text} sends {size} of random data")
    public void sendsRandom(String name, Size size) {
        StreamClient client = client(name);
        packets.explainingStalls(client, () -> client.sendRandom(size.bytes(), world.random("random data sent by " + name)));
    }

    @Then("{text} cannot send {size} of random data")
    public void cannotSend(String name, Size size) {
        StreamClient client = client(name);
        StreamChecks.cannotSend(name, client, size, world.random("random data sent by " + name), world.defaultWait(), world);
    }

    @Then("{text} receives {payload} within {duration}")
    public void receivesWithin(String name, byte[] payload, Duration within) {
        client(name).receiveExactly(payload, within);
    }

    @Then("{text} receives {payload}")
    public void receives(String name, byte[] payload) {
        receivesWithin(name, payload, world.defaultWait());
    }

    @Then("{text} receives what it sent within {duration}")
    public void receivesEchoWithin(String name, Duration within) {
        client(name).receiveWhatWasSent(within);
    }

    @Then("{text} receives what it sent")
    public void receivesEcho(String name) {
        receivesEchoWithin(name, world.defaultWait());
    }

    @Then("{text} receives nothing for {duration}")
    public void receivesNothing(String name, Duration duration) {
        StreamChecks.receivesNothing(name, client(name), duration, world);
    }

    /**
     * Waits, without reading, until the OS holds {@code count} bytes in the client's receive queue
     * (the Recv-Q column of netstat), so the next receive can take them in one read.
     */
    @When("{text} waits until {count} bytes have arrived")
    public void waitsForBytes(String name, int count) {
        StreamClient client = client(name);
        world.log(TableChecks.awaitQueued(name, client.describe(), client.localAddress(), client.remoteAddress(),
                client::buffered, count, world.defaultWait()));
    }

    @Then("{text} received exactly what {text} sent")
    public void receivedExactly(String serverName, String clientName) throws InterruptedException {
        StreamClient client = client(clientName);
        ServerConnection c = server(serverName).awaitExactly(client, world.defaultWait());
        world.log("\"" + clientName + "\" sent " + client.bytesSent() + " bytes, " + client.sentDigest()
                + "; \"" + serverName + "\" read " + c.bytesRead() + " bytes, " + c.digest());
    }

    // ---- reads: TCP is a byte stream ------------------------------------------------------------

    @Then("{text} read it in {count} read(s)")
    public void readIn(String name, int reads) {
        StreamChecks.reads(name, observed(name), world.all(StreamClient.class), reads, false, world.defaultWait(), world);
    }

    @Then("{text} read it in more than {count} reads")
    public void readInMoreThan(String name, int reads) {
        StreamChecks.reads(name, observed(name), world.all(StreamClient.class), reads, true, world.defaultWait(), world);
    }

    // ---- closing -----------------------------------------------------------------------------

    @When("{text} closes the connection")
    public void closes(String name) {
        client(name).closeAsAsked();
    }

    @When("{text} closes its sending side")
    public void halfCloses(String name) {
        client(name).shutdownOutput();
    }

    @Then("{text} sees the connection closed within {duration}")
    public void seesClosed(String name, Duration within) throws InterruptedException {
        observed(name).awaitAllPeersClosed(within);
    }

    // ---- the textbook path --------------------------------------------------------------------

    @Then("{text} went through {text}")
    public void wentThrough(String name, String callsText) {
        StreamChecks.wentThrough(name, callsText, () -> calls(name), world.defaultWait(), world);
    }

    @Then("{text} did not call {text}")
    public void didNotCall(String name, String call) {
        StreamChecks.didNotCall(name, call, calls(name));
    }

    private List<String> calls(String name) {
        return observed(name).calls();
    }

    private Observed observed(String name) {
        return world.lookup(name, Observed.class, "stream client or server");
    }

    private StreamClient client(String name) {
        return world.lookup(name, StreamClient.class, "TCP or Unix-domain client");
    }

    private StreamServer server(String name) {
        return world.lookup(name, StreamServer.class, "TCP or Unix-domain server");
    }
}
