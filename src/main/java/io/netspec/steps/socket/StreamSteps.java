package io.netspec.steps.socket;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.ostable.SocketTable;
import io.netspec.socket.Observed;
import io.netspec.socket.ServerConnection;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.StreamClient;
import io.netspec.socket.StreamServer;
import io.netspec.socket.SystemCalls;
import io.netspec.steps.PacketLab;
import io.netspec.steps.SocketLedger;
import io.netspec.steps.World;
import io.netspec.text.Durations;
import io.netspec.text.Size;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

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
        try {
            client.sendRandom(size.bytes(), world.random("random data sent by " + name), world.defaultWait());
        } catch (SocketExpectationError e) {
            world.attach("why \"" + name + "\" could not send " + size, e.getMessage());
            if (!(e.getCause() instanceof IOException)) {
                // Out of time without an error from the OS: the peer is open but not reading, which is not a refusal.
                throw new SocketExpectationError("expected " + client.describe() + " to be unable to send " + size + " to "
                        + client.target().describe() + " because the peer closed or reset the connection, but the OS"
                        + " reported no error: " + e.getMessage(), e);
            }
            return;
        }
        throw SocketExpectationError.expected(client.describe() + " to fail sending " + size + " to "
                + client.target().describe(), "all " + size + " left");
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
        StreamClient client = client(name);
        client.receiveNothing(duration);
        if (client.peerClosed()) {
            // Nothing more can come once the peer has closed, so the step did not need to wait out its time.
            world.log("\"" + name + "\" received nothing: the peer has closed the connection"
                    + " (to tell a silent peer from a closed one, add: Then \"" + name + "\" sees the connection closed within …)");
        }
    }

    /**
     * Waits, without reading, until the OS holds {@code count} bytes in the client's receive queue
     * (the Recv-Q column of netstat), so the next receive can take them in one read.
     */
    @When("{text} waits until {count} bytes have arrived")
    public void waitsForBytes(String name, int count) {
        StreamClient client = client(name);
        if (!(client.localAddress() instanceof InetSocketAddress local)
                || !(client.remoteAddress() instanceof InetSocketAddress remote)) {
            throw ScenarioError.of("\"" + name + "\" is not a TCP client; the OS table shows receive queues of TCP sockets only");
        }
        long queued = SocketTable.await(count + " bytes waiting for " + name, world.defaultWait(), Duration.ofMillis(5),
                t -> t.receiveQueue(local, remote) + client.buffered(), q -> q >= count);
        if (queued < count) {
            throw SocketExpectationError.expected(count + " bytes to arrive at " + client.describe() + " within "
                    + Durations.format(world.defaultWait()), "only " + queued + " did");
        }
        world.log(queued + " bytes wait in the receive queue of \"" + name + "\" (Recv-Q)");
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
        List<Integer> sizes = readSizes(name);
        if (sizes.size() != reads) {
            throw SocketExpectationError.expected("\"" + name + "\" to have read it in " + reads + " read(s)", "it took "
                    + sizes.size() + ": " + SocketLedger.readSizes(sizes));
        }
    }

    @Then("{text} read it in more than {count} reads")
    public void readInMoreThan(String name, int reads) {
        List<Integer> sizes = readSizes(name);
        if (sizes.size() <= reads) {
            throw SocketExpectationError.expected("\"" + name + "\" to have needed more than " + reads
                    + " reads", "it took " + sizes.size() + ": " + SocketLedger.readSizes(sizes));
        }
    }

    /** The reads of a client's latest receive, or of a server's only connection; attached to the report. */
    private List<Integer> readSizes(String name) {
        Observed observed = observed(name);
        if (observed instanceof StreamServer server) {
            awaitEverythingSent(server);
        }
        List<Integer> sizes = observed.latestReads();
        world.attach("read sizes of \"" + name + "\"", sizes.size() + " reads (bytes each): " + sizes);
        return sizes;
    }

    /**
     * A server's reads are only complete once its one connection has read all its client sent: waits for
     * the connection, then (when the client is one of the scenario's) for those bytes, each at most the
     * default wait.
     */
    private void awaitEverythingSent(StreamServer server) {
        try {
            server.awaitConnections(1, world.defaultWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted waiting for a connection to " + server.describe(), e);
        }
        List<ServerConnection> all = server.connections();
        if (all.size() != 1) {
            return; // latestReads() says why it cannot count
        }
        ServerConnection c = all.get(0);
        world.all(StreamClient.class).stream()
                .filter(client -> client.target().address().equals(server.address()) && client.localAddress().equals(c.peer()))
                .findFirst()
                .ifPresent(client -> c.awaitBytesRead(client.bytesSent(), world.defaultWait()));
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
        List<String> expected = SystemCalls.parse(callsText);
        // A server records its calls on its own thread, so its last call may still be on the way when the
        // client already has the answer: the calls get the scenario's wait to complete.
        List<String> calls;
        try {
            calls = await("\"" + name + "\" going through " + callsText).atMost(world.defaultWait())
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> calls(name), c -> SystemCalls.firstMissing(c, expected) == null);
        } catch (ConditionTimeoutException e) {
            calls = calls(name); // the failure below names what is missing from the calls as they are now
        }
        String missing = SystemCalls.firstMissing(calls, expected);
        world.attach("system calls of \"" + name + "\"", String.join(", ", calls));
        if (missing != null) {
            throw SocketExpectationError.expected("\"" + name + "\" to have gone through " + callsText, "\"" + missing + "\" is missing or out of order in what it did: " + String.join(", ", calls));
        }
    }

    @Then("{text} did not call {text}")
    public void didNotCall(String name, String call) {
        List<String> calls = calls(name);
        if (calls.contains(call)) {
            throw SocketExpectationError.expected("\"" + name + "\" not to call " + call, "it did: "
                    + String.join(", ", calls));
        }
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
