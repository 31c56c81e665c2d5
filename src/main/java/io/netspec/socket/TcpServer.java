package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.text.Durations;
import io.netspec.text.Size;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A TCP server on loopback and an ephemeral port unless told otherwise:
 * {@code TcpServer.echo().on(Hosts.loopback()).named("echo").start()}.
 */
public final class TcpServer extends StreamServer {
    private TcpServer(String name, Behaviour behaviour, StreamCheck check, InetSocketAddress requested, SocketPlace place)
            throws IOException {
        super("TCP", name, behaviour, check, place.open(() -> ServerSocketChannel.open(requested.getAddress() instanceof Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET)), requested, place);
    }

    public static Builder echo() {
        return new Builder(Behaviours.echo());
    }

    public static Builder sink() {
        return new Builder(Behaviours.sink());
    }

    public static Builder replying(byte[] reply, byte[] request) {
        return new Builder(Behaviours.replies(Map.of(request, reply)));
    }

    public static Builder closingAtOnce() {
        return new Builder(Behaviours.closeAtOnce());
    }

    public static Builder neverAnswering() {
        return new Builder(Behaviours.neverAnswer());
    }

    public static Builder closingAfter(Size limit) {
        return new Builder(Behaviours.closeAfter(limit));
    }

    public static Builder with(Behaviour behaviour) {
        return new Builder(behaviour);
    }

    @Override
    public InetSocketAddress address() {
        return (InetSocketAddress) super.address();
    }

    public int port() {
        return address().getPort();
    }

    /**
     * Fails unless the server accepted a connection within {@code within} and every connection it accepted
     * came from {@code only}; returns what it saw, for the log.
     */
    public String expectPeersOnly(InetAddress only, Duration within) throws InterruptedException {
        awaitConnections(1, within);
        Map<String, Long> from = new LinkedHashMap<>();
        for (ServerConnection c : connections()) {
            from.merge(((InetSocketAddress) c.peer()).getAddress().getHostAddress(), 1L, Long::sum);
        }
        String seen = from.isEmpty() ? "it accepted no connection within " + Durations.format(within)
                : "it accepted " + String.join(", ", from.entrySet().stream().map(e -> e.getValue() + " from "
                + e.getKey()).toList());
        if (!from.keySet().equals(Set.of(only.getHostAddress()))) {
            throw SocketExpectationError.expected(describe() + " to see connections from " + only.getHostAddress()
                    + " only", seen);
        }
        return describe() + ": " + seen;
    }

    /** Where and under which name a TCP server starts. */
    public static final class Builder extends InetServerBuilder<Builder> {
        private final Behaviour behaviour;
        private int port;
        private StreamCheck check = StreamCheck.SHA_256;

        private Builder(Behaviour behaviour) {
            this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        }

        /** How connections check what they read (SHA-256 unless told otherwise; NONE counts only). */
        public Builder checkedWith(StreamCheck check) {
            this.check = Objects.requireNonNull(check, "check");
            return this;
        }

        /** A fixed port; only for callers that must have one (scenarios never do: port 0). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw ScenarioError.of("port " + port + " is outside 0-65535");
            }
            this.port = port;
            return this;
        }

        public TcpServer start() {
            String shownName = nameOr(behaviour.describe().split(" ")[0]);
            InetSocketAddress requested = new InetSocketAddress(host(), port);
            try {
                return new TcpServer(shownName, behaviour, check, requested, place());
            } catch (IOException e) {
                throw NetspecFailure.of("could not open a TCP socket for the " + behaviour.describe()
                        + " server \"" + shownName + "\" on " + Hosts.show(requested) + ": " + e.getMessage(), e);
            }
        }
    }
}
