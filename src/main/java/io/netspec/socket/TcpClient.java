package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A TCP client: {@code TcpClient.connect(target, Duration.ofSeconds(2))}. It binds only when asked;
 * otherwise the OS picks its local address and port when it connects.
 */
public final class TcpClient extends StreamClient {
    private final SocketPlace place;
    private volatile OptionalLong retransmittedAtClose = OptionalLong.empty();

    private TcpClient(String name, Target target, SocketChannel channel, SocketAddress bindTo, Duration timeout,
                      SocketPlace place) {
        super(name, target, channel, bindTo, timeout);
        this.place = place;
    }

    /** Where it was made: a host's namespace, or {@link SocketPlace#HERE}. */
    public SocketPlace place() {
        return place;
    }

    /**
     * The kernel's count of segments this connection retransmitted: read now while it is open, or as it was
     * read when a step closed it (the kernel forgets it with the connection); empty where the place reads no
     * kernel counters, or when the connection ended otherwise (a reset) before it was read.
     */
    public OptionalLong retransmitted() {
        return isClosed() ? retransmittedAtClose : place.retransmitted(localAddress(), remoteAddress());
    }

    /** Reads what the kernel counts of the connection, then closes it. */
    @Override
    public void closeAsAsked() {
        retransmittedAtClose = place.retransmitted(localAddress(), remoteAddress());
        close();
    }

    public static TcpClient connect(Target target, Duration timeout) {
        return connect("client", target, timeout, null);
    }

    public static TcpClient connect(String name, Target target, Duration timeout) {
        return connect(name, target, timeout, null);
    }

    /** Connects from {@code bindTo} (for example 127.0.0.1 and a chosen port), or wherever the OS picks when null. */
    public static TcpClient connect(String name, Target target, Duration timeout, InetSocketAddress bindTo) {
        return connect(name, target, timeout, bindTo, SocketPlace.HERE);
    }

    /** Connects from inside {@code place} (a host's own network namespace), from {@code bindTo} when not null. */
    public static TcpClient connect(String name, Target target, Duration timeout, InetSocketAddress bindTo, SocketPlace place) {
        SocketAddress address = target.address();
        if (!(address instanceof InetSocketAddress inet)) {
            throw ScenarioError.of("a TCP client cannot connect to " + target.describe()
                    + ", which is not a host:port address; use a Unix-domain client for a socket path");
        }
        Reach.require(place, target, "the TCP client \"" + name + "\"");
        if (bindTo != null && !bindTo.getAddress().isAnyLocalAddress()
                && (bindTo.getAddress() instanceof Inet6Address) != (inet.getAddress() instanceof Inet6Address)) {
            throw ScenarioError.of("\"" + name + "\" cannot bind " + Hosts.show(bindTo) + " and connect to "
                    + target.describe() + ": the two addresses must both be IPv4 or both IPv6");
        }
        try {
            SocketChannel channel = place.open(() -> SocketChannel.open(inet.getAddress() instanceof Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET));
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            return new TcpClient(name, target, channel, bindTo, timeout, place);
        } catch (IOException e) {
            throw NetspecFailure.of("could not open a TCP socket for \"" + name + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) super.localAddress();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) super.remoteAddress();
    }

    public int localPort() {
        return localAddress().getPort();
    }

    @Override
    public TcpClient checkedWith(StreamCheck check) {
        super.checkedWith(check);
        return this;
    }
}
