package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Durations;
import io.netspec.text.Payload;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which of a stream server's connections belongs to a client that reached it through a hop (a link,
 * or links in a row). Such a client arrives from the hop's address, not its own, so its connection can
 * only be told by its bytes: the one that read exactly what the client sent and that no other client
 * was matched to before.
 */
final class LinkMatching {
    private final SocketAddress address;
    /** The server as messages name it. */
    private final String server;
    private final AcceptedConnections connections;
    /** Connections matched to a client that came through a hop, so no other client claims them. */
    private final Map<ServerConnection, StreamClient> matched = new ConcurrentHashMap<>();

    /** For the server listening on {@code address}, described as {@code server}, which accepted {@code connections}. */
    LinkMatching(SocketAddress address, String server, AcceptedConnections connections) {
        this.address = address;
        this.server = server;
        this.connections = connections;
    }

    /** True if {@code target} is a hop that passes connections on to the server. */
    boolean reachesThroughAHop(Target target) {
        Optional<Target> next = target.forwardsTo();
        for (int hops = 0; next.isPresent() && hops < 16; hops++) {
            if (next.get().address().equals(address)) {
                return true;
            }
            next = next.get().forwardsTo();
        }
        return false;
    }

    /** Waits at most {@code within} for the connection that read exactly what {@code client} sent. */
    ServerConnection awaitExactly(StreamClient client, RunningCheck.Digest sent, Duration within) {
        long want = client.bytesSent();
        if (want == 0) {
            throw NetspecFailure.of(client.describe() + " reached " + server + " through "
                    + client.target().describe() + " and has sent nothing: its connection can only be told by its bytes,"
                    + " so send some before asking whether they arrived");
        }
        AtomicReference<ServerConnection> found = new AtomicReference<>();
        try {
            Awaitility.await(server + " reading exactly what " + client.describe() + " sent")
                    .atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> {
                        for (ServerConnection c : connections.list()) {
                            if (c.bytesRead() == want && c.digest().equals(sent)) {
                                StreamClient owner = matched.putIfAbsent(c, client);
                                if (owner == null || owner == client) {
                                    found.set(c);
                                    return true;
                                }
                            }
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException e) {
            List<ServerConnection> all = connections.list();
            String seen = all.isEmpty() ? "it accepted no connection"
                    : "none of its connections did: " + String.join("; ",
                    all.stream().map(c -> c + " read " + c.describeRead()).toList());
            throw notExactly(server, client, sent, within, "through " + client.target().describe()
                    + " (so from that hop's address, not the client's own), " + seen);
        }
        return found.get();
    }

    /** The failure of a server that did not read exactly what {@code client} sent; {@code seen} says what it read. */
    static SocketExpectationError notExactly(String server, StreamClient client, RunningCheck.Digest sent,
                                             Duration within, String seen) {
        long want = client.bytesSent();
        byte[] head = client.sentHead();
        return SocketExpectationError.expected(server + " to have received exactly the " + want
                + " bytes " + client.describe() + " sent (" + sent + ", starting "
                + Payload.describe(head, (int) Math.min(want, head.length))
                + ") within " + Durations.format(within), String.valueOf(seen));
    }
}
