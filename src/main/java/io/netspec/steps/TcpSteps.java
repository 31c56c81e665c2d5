package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.ostable.SocketTable;
import io.netspec.socket.ConnectFailure;
import io.netspec.socket.ExternalService;
import io.netspec.socket.Hosts;
import io.netspec.socket.ServerConnection;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.StreamClient;
import io.netspec.socket.StreamServer;
import io.netspec.socket.SystemCalls;
import io.netspec.socket.Target;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpCrowd;
import io.netspec.socket.TcpServer;
import io.netspec.socket.TcpService;
import io.netspec.text.Durations;
import io.netspec.text.Payload;
import io.netspec.text.Size;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** TCP servers, services and clients; stream steps that also serve Unix-domain endpoints. */
public final class TcpSteps {
    private final World world;
    private final SocketLedger ledger;

    public TcpSteps(World world, SocketLedger ledger) {
        this.world = world;
        this.ledger = ledger;
    }

    // ---- servers ------------------------------------------------------------------------------

    @Given("a TCP echo server {text}")
    public void echoServer(String name) {
        server(name, TcpServer.echo());
    }

    @Given("a TCP echo server {text} on {text}")
    public void echoServerOn(String name, String host) {
        server(name, TcpServer.echo().on(Hosts.literal(host)));
    }

    @Given("a TCP sink server {text}")
    public void sinkServer(String name) {
        server(name, TcpServer.sink());
    }

    @Given("a TCP sink server {text} on {text}")
    public void sinkServerOn(String name, String host) {
        server(name, TcpServer.sink().on(Hosts.literal(host)));
    }

    @Given("a TCP server {text} that replies {payload} to {payload}")
    public void replyServer(String name, byte[] reply, byte[] request) {
        server(name, TcpServer.replying(reply, request));
    }

    @Given("a TCP server {text} that closes every connection at once")
    public void closingServer(String name) {
        server(name, TcpServer.closingAtOnce());
    }

    @Given("a TCP server {text} that never answers")
    public void silentServer(String name) {
        server(name, TcpServer.neverAnswering());
    }

    @Given("a TCP server {text} that closes each connection after reading {size}")
    public void closingAfterServer(String name, Size limit) {
        server(name, TcpServer.closingAfter(limit));
    }

    private void server(String name, TcpServer.Builder builder) {
        TcpServer server = Endpoints.keep(world, name, "TCP server", builder.named(name).start());
        ledger.server(name, server);
        world.log("\"" + name + "\" listens on " + Hosts.show(server.address()));
    }

    // ---- services -----------------------------------------------------------------------------

    @Given("the TCP service {text} at {text}")
    public void service(String name, String hostPort) {
        TcpService service = world.register(name, "TCP service", TcpService.at(name, hostPort, world.defaultWait()));
        world.log(service.describe() + " is up");
    }

    @Given("the TCP service {text} started with {text}")
    public void startedService(String name, String command) {
        ExternalService service = Endpoints.keep(world, name, "TCP service", ExternalService.start(name,
                ExternalService.split(command), projectDir(), Duration.ofSeconds(10)));
        ledger.add("output of \"" + name + "\"", () -> service + "\n\n" + service.output());
        world.log(service.describe() + " started with " + command);
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    }

    // ---- clients ------------------------------------------------------------------------------

    @Given("a TCP client {text} connected to {text}")
    public void client(String name, String target) {
        connect(name, target, null);
    }

    @Given("a TCP client {text} bound to {text} and connected to {text}")
    public void boundClient(String name, String local, String target) {
        connect(name, target, bindAddress(local));
    }

    private void connect(String name, String targetName, InetSocketAddress bindTo) {
        Target target = world.target(targetName);
        TcpClient client = Endpoints.keep(world, name, "TCP client", TcpClient.connect(name, target, world.defaultWait(), bindTo));
        ledger.client(name, client);
        world.log("\"" + name + "\" connected from " + Hosts.show(client.localAddress()) + " to " + target.describe());
    }

    static InetSocketAddress bindAddress(String text) {
        int colon = text.lastIndexOf(':');
        String port = colon < 0 ? "" : text.substring(colon + 1);
        if (colon < 0 || !port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("\"" + text + "\" is not a local address to bind; expected"
                    + " \"host:port\" such as \"127.0.0.2:0\" (port 0: the OS picks one)");
        }
        return new InetSocketAddress(Hosts.literal(text.substring(0, colon)), Integer.parseInt(port));
    }

    @Then("a TCP connection to {text} is refused")
    public void refused(String target) {
        Target t = world.target(target);
        try (TcpClient client = TcpClient.connect("probe", t, world.defaultWait())) {
            throw new SocketExpectationError("expected a TCP connection to " + t.describe()
                    + " to be refused, but it was accepted from " + Hosts.show(client.localAddress()));
        } catch (ConnectFailure e) {
            world.attach("OS error connecting to " + t.describe(), e.getMessage());
            if (!e.refused()) {
                throw new SocketExpectationError("expected a TCP connection to " + t.describe()
                        + " to be refused, but it failed otherwise: " + e.getMessage(), e);
            }
        }
    }

    // ---- sending and receiving ----------------------------------------------------------------

    @When("{text} sends {payload}")
    public void sends(String name, byte[] payload) {
        client(name).send(payload);
    }

    @When("{text} sends {size} of random data")
    public void sendsRandom(String name, Size size) {
        client(name).sendRandom(size.bytes(), world.random("random data sent by " + name));
    }

    @Then("{text} cannot send {size} of random data")
    public void cannotSend(String name, Size size) {
        StreamClient client = client(name);
        try {
            client.sendRandom(size.bytes(), world.random("random data sent by " + name), world.defaultWait());
        } catch (SocketExpectationError e) {
            world.attach("why \"" + name + "\" could not send " + size, e.getMessage());
            return;
        }
        throw new SocketExpectationError("expected " + client.describe() + " to fail sending " + size + " to "
                + client.target().describe() + ", but all " + size + " left");
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
        client(name).receiveNothing(duration);
    }

    /**
     * Waits, without reading, until the OS holds {@code count} bytes in the client's receive queue
     * (the Recv-Q column of netstat), so the next receive can take them in one read.
     */
    @When("{text} waits until {int} bytes have arrived")
    public void waitsForBytes(String name, int count) {
        StreamClient client = client(name);
        if (!(client.localAddress() instanceof InetSocketAddress local)
                || !(client.remoteAddress() instanceof InetSocketAddress remote)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a TCP client; the OS table shows receive queues of TCP sockets only");
        }
        long queued = SocketTable.await(count + " bytes waiting for " + name, world.defaultWait(), Duration.ofMillis(5),
                t -> t.receiveQueue(local, remote) + client.buffered(), q -> q >= count);
        if (queued < count) {
            throw new SocketExpectationError("expected " + count + " bytes to arrive at " + client.describe() + " within "
                    + Durations.format(world.defaultWait()) + ", but only " + queued + " did");
        }
        world.log(queued + " bytes wait in the receive queue of \"" + name + "\" (Recv-Q)");
    }

    /** Many clients at once against one echo target, each with bytes of its own (seeded). */
    @When("{int} TCP clients connect to {text} at once and each sends {size} of its own")
    public void crowd(int count, String target, Size size) {
        Target t = world.target(target);
        TcpCrowd crowd = Endpoints.keep(world, count + " TCP clients of \"" + target + "\" #" + ledger.nextCrowd(),
                "group of TCP clients", TcpCrowd.connect(t, count, size.asInt(),
                        world.random("bytes of " + count + " clients of " + target)));
        world.remember(TcpCrowd.class, crowd);
    }

    @Then("every one of the {int} clients receives exactly its own bytes back within {duration}")
    public void crowdEchoes(int count, Duration within) {
        TcpCrowd crowd = world.recall(TcpCrowd.class,
                "no clients were started; start them first with: When 1000 TCP clients connect to \"echo\" at once and each sends 64 bytes of its own");
        TcpCrowd.Result result = crowd.awaitEchoes(within);
        world.attach("crowd of " + crowd.size() + " clients", result.toString());
        if (crowd.size() != count || !result.allCorrect()) {
            throw new SocketExpectationError("expected every one of the " + count + " clients of " + crowd.target().describe()
                    + " to receive exactly its own bytes back within " + Durations.format(within) + ", but " + result);
        }
    }

    @Then("{text} received exactly what {text} sent")
    public void receivedExactly(String serverName, String clientName) throws InterruptedException {
        StreamServer server = server(serverName);
        StreamClient client = client(clientName);
        ServerConnection c = server.connectionFrom(client.localAddress(), world.defaultWait());
        long want = client.bytesSent();
        c.awaitBytesRead(want, world.defaultWait());
        String sent = client.sentSha256();
        world.log("\"" + clientName + "\" sent " + want + " bytes, SHA-256 " + sent + "; \"" + serverName + "\" read "
                + c.bytesRead() + " bytes, SHA-256 " + c.sha256());
        if (c.bytesRead() != want || !c.sha256().equals(sent)) {
            throw new SocketExpectationError("expected " + server.describe() + " to have received exactly the " + want
                    + " bytes \"" + clientName + "\" sent (SHA-256 " + sent + ", starting "
                    + Payload.describe(client.sentHead(), (int) Math.min(want, client.sentHead().length))
                    + ") within " + Durations.format(world.defaultWait()) + ", but on " + c + " it read " + c.describeRead());
        }
    }

    // ---- reads: TCP is a byte stream ------------------------------------------------------------

    @Then("{text} read it in {int} read(s)")
    public void readIn(String name, int reads) {
        List<Integer> sizes = readSizes(name);
        if (sizes.size() != reads) {
            throw new SocketExpectationError("expected \"" + name + "\" to have read it in " + reads + " read(s), but it took "
                    + sizes.size() + ": " + SocketLedger.readSizes(sizes));
        }
    }

    @Then("{text} read it in more than {int} reads")
    public void readInMoreThan(String name, int reads) {
        List<Integer> sizes = readSizes(name);
        if (sizes.size() <= reads) {
            throw new SocketExpectationError("expected \"" + name + "\" to have needed more than " + reads
                    + " reads, but it took " + sizes.size() + ": " + SocketLedger.readSizes(sizes));
        }
    }

    /** The reads of a client's latest receive, or of a server's only connection; attached to the report. */
    private List<Integer> readSizes(String name) {
        Object thing = world.lookup(name, Object.class, "client or server");
        List<Integer> sizes;
        if (thing instanceof StreamClient client) {
            sizes = client.lastReceiveReads();
        } else if (thing instanceof StreamServer server) {
            List<ServerConnection> all = server.connections();
            if (all.size() != 1) {
                throw new IllegalStateException("\"" + name + "\" has " + all.size()
                        + " connections; reads are counted on a server with exactly one");
            }
            sizes = all.get(0).readSizes();
        } else {
            throw new IllegalArgumentException("\"" + name + "\" is neither a client nor a stream server");
        }
        world.attach("read sizes of \"" + name + "\"", sizes.size() + " reads (bytes each): " + sizes);
        return sizes;
    }

    // ---- closing -----------------------------------------------------------------------------

    @When("{text} closes the connection")
    public void closes(String name) {
        client(name).close();
    }

    @When("{text} closes its sending side")
    public void halfCloses(String name) {
        client(name).shutdownOutput();
    }

    @Then("{text} sees the connection closed within {duration}")
    public void seesClosed(String name, Duration within) throws InterruptedException {
        Object thing = world.lookup(name, Object.class, "client or server");
        if (thing instanceof StreamClient client) {
            if (!client.awaitPeerClosed(within)) {
                throw new SocketExpectationError("expected " + client.describe() + " to see " + client.target().describe()
                        + " close the connection within " + Durations.format(within) + ", but it is still open");
            }
            return;
        }
        StreamServer server = server(name);
        if (server.awaitConnections(1, within) == 0) {
            throw new SocketExpectationError("expected " + server.describe() + " to see a connection closed within "
                    + Durations.format(within) + ", but it never accepted one");
        }
        long deadline = System.nanoTime() + within.toNanos();
        for (ServerConnection c : server.connections()) {
            if (!c.awaitPeerClosed(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                throw new SocketExpectationError("expected " + server.describe() + " to see " + c + " closed within "
                        + Durations.format(within) + ", but the peer has not closed it");
            }
        }
    }

    // ---- the textbook path --------------------------------------------------------------------

    @Then("{text} went through {text}")
    public void wentThrough(String name, String callsText) {
        List<String> calls = calls(name);
        String missing = SystemCalls.firstMissing(calls, SystemCalls.parse(callsText));
        world.attach("system calls of \"" + name + "\"", String.join(", ", calls));
        if (missing != null) {
            throw new SocketExpectationError("expected \"" + name + "\" to have gone through " + callsText
                    + ", but \"" + missing + "\" is missing or out of order in what it did: " + String.join(", ", calls));
        }
    }

    @Then("{text} did not call {text}")
    public void didNotCall(String name, String call) {
        List<String> calls = calls(name);
        if (calls.contains(call)) {
            throw new SocketExpectationError("expected \"" + name + "\" not to call " + call + ", but it did: "
                    + String.join(", ", calls));
        }
    }

    private List<String> calls(String name) {
        Object thing = world.lookup(name, Object.class, "client or server");
        if (thing instanceof StreamClient client) {
            return client.calls();
        }
        return server(name).calls();
    }

    private StreamClient client(String name) {
        return world.lookup(name, StreamClient.class, "TCP or Unix-domain client");
    }

    private StreamServer server(String name) {
        return world.lookup(name, StreamServer.class, "TCP or Unix-domain server");
    }
}
