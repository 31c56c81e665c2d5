package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;
import io.netspec.text.Durations;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;

/**
 * A UDP server on loopback and an ephemeral port: an echo that sends each datagram back, or a sink
 * that keeps a {@link DatagramLedger}. One thread, {@code netspec-udp-<name>}, stopped and joined on close.
 */
public final class UdpServer implements DatagramTarget, AutoCloseable {
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

    private UdpServer(String name, boolean echo, InetSocketAddress requested, SocketPlace place) throws SocketException {
        this.name = name;
        this.echo = echo;
        this.socket = UdpClient.openSocket(requested, place);
        try {
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            socket.bind(requested);
        } catch (SocketException e) {
            socket.close();
            throw e;
        }
        this.address = (InetSocketAddress) socket.getLocalSocketAddress();
        transcript.event("socket(), bind(" + Hosts.show(requested) + ") → bound to " + Hosts.show(address)
                + ", receive buffer " + socket.getReceiveBufferSize() + " bytes");
        this.loop = Threads.start("udp", name, this::run);
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

        private Builder(boolean echo) {
            this.echo = echo;
        }

        public UdpServer start() {
            String n = nameOr(echo ? "echo" : "sink");
            try {
                return new UdpServer(n, echo, new InetSocketAddress(host(), 0), place());
            } catch (SocketException e) {
                throw NetspecFailure.of("the UDP " + (echo ? "echo" : "sink") + " server \"" + n
                        + "\" could not bind " + Hosts.show(new InetSocketAddress(host(), 0)) + ": " + e.getMessage(), e);
            }
        }
    }
}
