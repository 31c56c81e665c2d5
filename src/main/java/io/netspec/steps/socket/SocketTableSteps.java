package io.netspec.steps.socket;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.address.EphemeralPortRange;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.ostable.InetSocketEntry;
import io.netspec.ostable.SocketState;
import io.netspec.ostable.SocketTable;
import io.netspec.ostable.TableLines;
import io.netspec.socket.DatagramTarget;
import io.netspec.socket.Hosts;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.StreamClient;
import io.netspec.socket.Target;
import io.netspec.steps.HostLab;
import io.netspec.steps.World;
import io.netspec.text.Durations;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.Predicate;

/** What the OS socket table (netstat -an, ss, lsof -i) shows of a scenario's endpoints; the lines are attached. */
public final class SocketTableSteps {
    private static final Duration POLL = Duration.ofMillis(20);

    private final World world;
    private final HostLab hosts;

    public SocketTableSteps(World world, HostLab hosts) {
        this.world = world;
        this.hosts = hosts;
    }

    @Then("{text} is listening")
    public void listening(String name) {
        Target target = world.target(name);
        TableLines found = awaitTable(name + " listening", hosts.tableOf(name), t -> listeningLines(target, t), lines -> !lines.isEmpty());
        attach("socket table: " + name + " listening", found);
        if (found.isEmpty()) {
            throw SocketExpectationError.expected("the OS socket table to show " + target.describe() + " listening"
                    + " within " + Durations.format(world.defaultWait()), "it shows no such socket");
        }
    }

    @Then("{text} is no longer listening")
    public void notListening(String name) {
        Target target = world.target(name);
        TableLines found = awaitTable(name + " no longer listening", hosts.tableOf(name), t -> listeningLines(target, t), TableLines::isEmpty);
        attach("socket table: " + name + " no longer listening", found);
        if (!found.isEmpty()) {
            throw SocketExpectationError.expected("nothing to listen on " + target.describe() + " within "
                    + Durations.format(world.defaultWait()), "the OS socket table shows:\n" + found);
        }
    }

    @When("{text} stops")
    public void stops(String name) {
        Object named = world.lookup(name, Object.class, "server");
        if (!(named instanceof AutoCloseable thing)) {
            // A service found running (the TCP service "redis" at "…"): netspec stops only what it started.
            throw ScenarioError.of("netspec does not stop services it did not start: "
                    + (named instanceof Target target ? target.describe() : "\"" + name + "\"")
                    + " was found running, not started by this scenario; stop it outside the scenario, or let the"
                    + " scenario start it (Given the TCP service \"" + name + "\" started with \"…\")");
        }
        try {
            thing.close();
        } catch (Exception e) {
            throw NetspecFailure.of("\"" + name + "\" did not stop cleanly: " + e.getMessage(), e);
        }
    }

    @Then("{text} has an established connection to {text}")
    public void established(String clientName, String targetName) {
        StreamClient client = world.lookup(clientName, StreamClient.class, "TCP client");
        InetSocketAddress local = inet(client.localAddress(), clientName);
        InetSocketAddress remote = serverEnd(client, inet(world.target(targetName).address(), targetName));
        Supplier<SocketTable> tables = hosts.tableOf(clientName, targetName);
        TableLines found = awaitTable(clientName + " established", tables, t -> TableLines.ofInet(t.inet(e -> e.state() == SocketState.ESTABLISHED
                && (e.local().equals(local) && e.remote().equals(remote) || e.local().equals(remote) && e.remote().equals(local)))), lines -> lines.inet().size() >= 2);
        attach("socket table: " + clientName + " to " + targetName, found);
        boolean clientEnd = found.inet().stream().anyMatch(e -> e.local().equals(local));
        boolean serverEnd = found.inet().stream().anyMatch(e -> e.local().equals(remote));
        if (!clientEnd || !serverEnd) {
            String missing = !clientEnd && !serverEnd ? "neither end" : clientEnd ? "no server end" : "no client end";
            throw SocketExpectationError.expected("the OS socket table to show an ESTABLISHED connection from "
                    + Hosts.show(local) + " (\"" + clientName + "\") to " + Hosts.show(remote) + " (\"" + targetName
                    + "\") at both ends", "it shows " + missing
                    + "; lines with either port:\n" + SocketTable.format(tables.get().involvingPort(local.getPort()), List.of()));
        }
    }

    @Then("the connection from {text} is in TIME_WAIT or gone")
    public void timeWaitOrGone(String clientName) {
        StreamClient client = world.lookup(clientName, StreamClient.class, "TCP client");
        InetSocketAddress local = inet(client.localAddress(), clientName);
        InetSocketAddress remote = inet(client.remoteAddress(), clientName + "'s peer");
        TableLines found = awaitTable(clientName + " in TIME_WAIT or gone", hosts.tableOf(clientName), t -> TableLines.ofInet(t.tcpBetween(local, remote)),
                lines -> lines.inet().stream().allMatch(e -> e.state() == SocketState.TIME_WAIT));
        attach("socket table: " + clientName + " after close", found);
        List<InetSocketEntry> other = found.inet().stream().filter(e -> e.state() != SocketState.TIME_WAIT).toList();
        if (!other.isEmpty()) {
            throw SocketExpectationError.expected("the connection from " + Hosts.show(local) + " (\"" + clientName
                    + "\") to " + Hosts.show(remote) + " to be in TIME_WAIT or gone within "
                    + Durations.format(world.defaultWait()), "the OS socket table shows:\n" + found);
        }
    }

    @Then("{text} uses a local port in the ephemeral range")
    public void ephemeral(String clientName) {
        StreamClient client = world.lookup(clientName, StreamClient.class, "TCP client");
        InetSocketAddress local = inet(client.localAddress(), clientName);
        EphemeralPortRange range = EphemeralPortRange.ofThisMachine();
        world.attach("ephemeral ports of \"" + clientName + "\"", "ephemeral range " + range + "\n\""
                + clientName + "\" connected from " + Hosts.show(local) + (client.boundExplicitly() ? " (it bound itself)" : " (the OS chose)"));
        if (!range.contains(local.getPort())) {
            throw SocketExpectationError.expected("\"" + clientName + "\" to use a local port in the ephemeral range "
                    + range, "it uses " + local.getPort());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * The server end of a client's connection as the OS table shows it: where the OS connected the client
     * when it connected to this target (a server bound to 0.0.0.0 or :: shows a real address there), else
     * the target's own address.
     */
    private static InetSocketAddress serverEnd(StreamClient client, InetSocketAddress target) {
        if (client.target().address().equals(target) && client.remoteAddress() instanceof InetSocketAddress connected) {
            return connected;
        }
        return target;
    }

    private static TableLines listeningLines(Target target, SocketTable table) {
        // A UDP link or service is bound, not listening, like a UDP server: the UDP part of the table shows it.
        return table.listening(target.address(), target instanceof DatagramTarget);
    }

    /** Reads the table until {@code done} holds, at most the default wait; returns the last reading. */
    private TableLines awaitTable(String alias, Supplier<SocketTable> reader, Function<SocketTable, TableLines> select,
                                  Predicate<TableLines> done) {
        TableLines found = SocketTable.await(alias, world.defaultWait(), POLL, reader, select, done);
        if (!done.test(found)) {
            world.log("the socket table did not show " + alias + " within " + Durations.format(world.defaultWait()));
        }
        return found;
    }

    private void attach(String title, TableLines found) {
        world.attach(title, found.toString());
    }

    private static InetSocketAddress inet(SocketAddress address, String name) {
        if (address instanceof InetSocketAddress inet) {
            return inet;
        }
        if (address instanceof UnixDomainSocketAddress unix) {
            throw ScenarioError.of("\"" + name + "\" is a Unix-domain socket"
                    + (unix.getPath().toString().isEmpty() ? " without a name" : " at " + unix.getPath())
                    + ", not a host:port; this step reads the TCP part of the OS socket table (for a Unix-domain server,"
                    + " \"… is listening\" and \"… is no longer listening\" work)");
        }
        throw ScenarioError.of("\"" + name + "\" is at " + address + ", not a host:port; the TCP socket table"
                + " only shows TCP endpoints");
    }
}
