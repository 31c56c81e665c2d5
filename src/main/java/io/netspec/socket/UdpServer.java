package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;
import io.netspec.text.Durations;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * A UDP server on loopback and an ephemeral port: an echo that sends each datagram back, or a sink
 * that keeps a {@link DatagramLedger}. One thread, {@code netspec-udp-<name>}, stopped and joined on close.
 */
public final class UdpServer implements DatagramTarget, DatagramReceiver, AutoCloseable {
    /** The receive buffer asked of the OS, so bursts on loopback are not dropped by a busy machine. */
    static final int RECEIVE_BUFFER = 4 * 1024 * 1024;

    private final String name;
    private final boolean echo;
    private final DatagramSocket socket;
    private final InetSocketAddress address;
    private final DatagramLedger ledger = new DatagramLedger();
    private final Transcript transcript = new Transcript();
    private final Thread loop;
    private volatile boolean closing;
    private volatile Throwable failure;
    /** Datagrams an earlier check of this server took account of: "received 3 datagrams", "receives no datagram". */
    private volatile long checked;
    private final SocketPlace place;

    /** {@code groupInterface}: for a member of the multicast group {@code requested} names, the interface it joins on. */
    private UdpServer(String name, boolean echo, InetSocketAddress requested, SocketPlace place, String groupInterface)
            throws IOException {
        this.name = name;
        this.echo = echo;
        this.place = place;
        this.socket = UdpClient.openSocket(requested, place);
        String joined = "";
        try {
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            if (groupInterface != null) {
                socket.setReuseAddress(true);  // as receivers do: others on the host may join the group on this port too
            }
            socket.bind(requested);
            if (groupInterface != null) {
                joined = ", setsockopt(SO_REUSEADDR) first, then " + GroupMembership.join(socket, requested.getAddress(),
                        groupInterface, place);
            }
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        this.address = (InetSocketAddress) socket.getLocalSocketAddress();
        transcript.event("socket(), bind(" + Hosts.show(requested) + ") → bound to " + Hosts.show(address)
                + ", receive buffer " + socket.getReceiveBufferSize() + " bytes" + joined);
        this.loop = Threads.start("udp", name, this::run);
    }

    @Override
    public java.util.Optional<SocketPlace> place() {
        return java.util.Optional.of(place);
    }

    public static Builder echo() {
        return new Builder(true);
    }

    public static Builder sink() {
        return new Builder(false);
    }

    private void run() {
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            while (!closing) {
                packet.setLength(buffer.length);
                socket.receive(packet);
                int n = packet.getLength();
                ledger.record(buffer, n);
                if (!transcript.isFull()) {
                    transcript.note("received from " + Hosts.show(packet.getSocketAddress()) + ",",
                            Arrays.copyOf(buffer, Math.min(n, 64)), n);
                }
                if (echo) {
                    socket.send(new DatagramPacket(buffer, 0, n, packet.getSocketAddress()));
                }
            }
        } catch (IOException e) {
            if (!closing) {
                failure = e;
                transcript.event("the server loop failed: " + e);
            }
        }
    }

    public String name() {
        return name;
    }

    public boolean isEcho() {
        return echo;
    }

    public DatagramLedger ledger() {
        return ledger;
    }

    public Transcript transcript() {
        return transcript;
    }

    public Throwable failure() {
        return failure;
    }

    /** Waits at most {@code within} until {@code count} datagrams arrived; returns the ledger then. */
    public DatagramLedger.Snapshot awaitReceived(long count, Duration within) {
        try {
            Awaitility.await(describe() + " receiving " + count + " datagrams").atMost(within)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> ledger.snapshot().received() >= count);
        } catch (ConditionTimeoutException e) {
            return ledger.snapshot();
        }
        return ledger.snapshot();
    }

    /**
     * Waits at most {@code within} until {@code count} datagrams arrived in all, and fails unless exactly
     * {@code count} did; returns the ledger then.
     */
    public DatagramLedger.Snapshot expectReceived(long count, Duration within) {
        DatagramLedger.Snapshot s = awaitReceived(count, within);
        checked = s.received();
        if (s.received() != count) {
            throw SocketExpectationError.expected(describe() + " to have received " + count + " datagrams within "
                    + Durations.format(within), "it received " + s);
        }
        return s;
    }

    /** Waits {@code within}; fails if a datagram came that no earlier check of this server counted. */
    @Override
    public void receiveNothing(Duration within) {
        long before = checked;
        DatagramLedger.Snapshot s = awaitReceived(before + 1, within);
        checked = s.received();
        if (s.received() > before) {
            throw SocketExpectationError.expected(describe() + " to receive no datagram within " + Durations.format(within)
                    + (before == 0 ? "" : " beyond the " + before + " counted before"), "it received "
                    + (s.received() - before) + " (its transcript says from where)");
        }
        transcript.event("received no datagram within " + Durations.format(within));
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public String describe() {
        return "\"" + name + "\" (udp " + Hosts.show(address) + ")";
    }

    @Override
    public void close() {
        closing = true;
        socket.close();
        try {
            loop.join(StreamServer.CLOSE_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while stopping " + describe(), e);
        }
        if (loop.isAlive()) {
            throw NetspecFailure.of("the server thread of " + describe() + " did not stop within "
                    + Durations.format(StreamServer.CLOSE_BOUND));
        }
        transcript.event("close()");
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Where and under which name a UDP server starts. */
    public static final class Builder extends InetServerBuilder<Builder> {
        private final boolean echo;
        private int port;
        private String groupInterface;

        private Builder(boolean echo) {
            this.echo = echo;
        }

        /**
         * A member of the multicast group {@code group}: binds {@code group:port} (so it receives that group's
         * datagrams only) and joins the group on the interface {@code interfaceName} of its place, where the
         * kernel then reports the membership (IGMP for IPv4, MLD for IPv6).
         */
        public Builder inGroup(InetAddress group, int port, String interfaceName) {
            on(group);
            this.port = port;
            this.groupInterface = Objects.requireNonNull(interfaceName, "interfaceName");
            return this;
        }

        public UdpServer start() {
            String n = nameOr(echo ? "echo" : "sink");
            InetSocketAddress at = new InetSocketAddress(host(), port);
            try {
                return new UdpServer(n, echo, at, place(), groupInterface);
            } catch (IOException e) {
                throw NetspecFailure.of("the UDP " + (echo ? "echo" : "sink") + " server \"" + n + "\" could not "
                        + (groupInterface == null ? "bind " + Hosts.show(at) : "join " + Hosts.show(at) + " on "
                        + groupInterface) + ": " + e.getMessage(), e);
            }
        }
    }
}
