package io.netspec.ostable;

import io.netspec.address.HostPort;
import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.text.Durations;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the OS socket table shows of a scenario's endpoints, read until it shows what a step expects (at
 * most a wait): listening, no longer listening, an established connection at both ends, a closed one in
 * TIME_WAIT or gone. The lines read are attached; a failure quotes them.
 */
public final class TableChecks {
    private static final Duration POLL = Duration.ofMillis(20);

    private TableChecks() {
    }

    /** Fails unless the table shows {@code described} (at {@code address}; bound, for {@code udp}) listening. */
    public static void listening(String name, String described, SocketAddress address, boolean udp, Duration wait,
                                 Supplier<SocketTable> reader, Evidence evidence) {
        TableLines found = awaitTable(name + " listening", wait, reader, t -> t.listening(address, udp),
                lines -> !lines.isEmpty(), evidence);
        evidence.attach("socket table: " + name + " listening", found.toString());
        if (found.isEmpty()) {
            throw ExpectationFailure.expected("the OS socket table to show " + described + " listening"
                    + " within " + Durations.format(wait), "it shows no such socket");
        }
    }

    /** Fails unless the table stops showing anything listening on {@code address} within {@code wait}. */
    public static void notListening(String name, String described, SocketAddress address, boolean udp, Duration wait,
                                    Supplier<SocketTable> reader, Evidence evidence) {
        TableLines found = awaitTable(name + " no longer listening", wait, reader, t -> t.listening(address, udp),
                TableLines::isEmpty, evidence);
        evidence.attach("socket table: " + name + " no longer listening", found.toString());
        if (!found.isEmpty()) {
            throw ExpectationFailure.expected("nothing to listen on " + described + " within "
                    + Durations.format(wait), "the OS socket table shows:\n" + found);
        }
    }

    /** Fails unless the table shows the connection from {@code local} to {@code remote} ESTABLISHED at both ends. */
    public static void established(String clientName, String targetName, InetSocketAddress local,
                                   InetSocketAddress remote, Duration wait, Supplier<SocketTable> tables,
                                   Evidence evidence) {
        TableLines found = awaitTable(clientName + " established", wait, tables, t -> TableLines.ofInet(t.inet(e ->
                e.state() == SocketState.ESTABLISHED && (e.local().equals(local) && e.remote().equals(remote)
                        || e.local().equals(remote) && e.remote().equals(local)))), lines -> lines.inet().size() >= 2,
                evidence);
        evidence.attach("socket table: " + clientName + " to " + targetName, found.toString());
        boolean clientEnd = found.inet().stream().anyMatch(e -> e.local().equals(local));
        boolean serverEnd = found.inet().stream().anyMatch(e -> e.local().equals(remote));
        if (!clientEnd || !serverEnd) {
            String missing = !clientEnd && !serverEnd ? "neither end" : clientEnd ? "no server end" : "no client end";
            throw ExpectationFailure.expected("the OS socket table to show an ESTABLISHED connection from "
                    + HostPort.show(local) + " (\"" + clientName + "\") to " + HostPort.show(remote) + " (\"" + targetName
                    + "\") at both ends", "it shows " + missing + "; lines with either port:\n"
                    + SocketTable.format(tables.get().involvingPort(local.getPort()), List.of()));
        }
    }

    /** Fails unless the connection from {@code local} to {@code remote} is in TIME_WAIT or gone within {@code wait}. */
    public static void timeWaitOrGone(String clientName, InetSocketAddress local, InetSocketAddress remote,
                                      Duration wait, Supplier<SocketTable> reader, Evidence evidence) {
        TableLines found = awaitTable(clientName + " in TIME_WAIT or gone", wait, reader,
                t -> TableLines.ofInet(t.tcpBetween(local, remote)),
                lines -> lines.inet().stream().allMatch(e -> e.state() == SocketState.TIME_WAIT), evidence);
        evidence.attach("socket table: " + clientName + " after close", found.toString());
        List<InetSocketEntry> other = found.inet().stream().filter(e -> e.state() != SocketState.TIME_WAIT).toList();
        if (!other.isEmpty()) {
            throw ExpectationFailure.expected("the connection from " + HostPort.show(local) + " (\"" + clientName
                    + "\") to " + HostPort.show(remote) + " to be in TIME_WAIT or gone within "
                    + Durations.format(wait), "the OS socket table shows:\n" + found);
        }
    }

    /** The host and port of {@code name}'s {@code address}; a Unix-domain socket or another kind is the scenario's error. */
    public static InetSocketAddress inet(SocketAddress address, String name) {
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

    /** Reads the table until {@code done} holds, at most {@code wait}; returns the last reading (and logs a timeout). */
    private static TableLines awaitTable(String alias, Duration wait, Supplier<SocketTable> reader,
                                         Function<SocketTable, TableLines> select, Predicate<TableLines> done,
                                         Evidence evidence) {
        TableLines found = SocketTable.await(alias, wait, POLL, reader, select, done);
        if (!done.test(found)) {
            evidence.log("the socket table did not show " + alias + " within " + Durations.format(wait));
        }
        return found;
    }

    /**
     * Waits (at most {@code wait}) without reading until {@code count} bytes are held for the TCP client
     * {@code name} (at {@code local}, connected to {@code remote}): its receive queue in the OS table (Recv-Q) plus
     * what it has {@code buffered}; returns the line a report logs.
     */
    public static String awaitQueued(String name, String described, SocketAddress local, SocketAddress remote,
                                     IntSupplier buffered, int count, Duration wait) {
        if (!(local instanceof InetSocketAddress from) || !(remote instanceof InetSocketAddress to)) {
            throw ScenarioError.of("\"" + name + "\" is not a TCP client; the OS table shows receive queues of TCP sockets only");
        }
        long queued = SocketTable.await(count + " bytes waiting for " + name, wait, Duration.ofMillis(5),
                t -> t.receiveQueue(from, to) + buffered.getAsInt(), q -> q >= count);
        if (queued < count) {
            throw ExpectationFailure.expected(count + " bytes to arrive at " + described + " within "
                    + Durations.format(wait), "only " + queued + " did");
        }
        return queued + " bytes wait in the receive queue of \"" + name + "\" (Recv-Q)";
    }
}
