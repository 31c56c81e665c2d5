package io.netspec.socket;

import com.google.common.util.concurrent.RateLimiter;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.text.Difference;
import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * A UDP client bound to the loopback address of the family it first sends to, on a port the OS picks.
 * Sends single datagrams or numbered runs at a bounded rate; receives with a deadline.
 */
public final class UdpClient implements DatagramReceiver, AutoCloseable {
    /** Numbered runs are paced to this many datagrams per second unless the caller says otherwise. */
    public static final double DEFAULT_RATE = 10_000;

    private final String name;
    private final Transcript transcript = new Transcript();
    private DatagramSocket socket;
    private long datagramsSent;
    private long bytesSent;
    private long datagramsReceived;
    private long nextSequence;

    private final SocketPlace place;

    public UdpClient(String name) {
        this(name, SocketPlace.HERE);
    }

    /**
     * A client whose socket is made in {@code place}: inside a host's own network namespace it binds the
     * wildcard address there, so the host's routes choose the source address; here it binds loopback.
     */
    public UdpClient(String name, SocketPlace place) {
        this.name = name;
        this.place = java.util.Objects.requireNonNull(place, "place");
    }

    private DatagramSocket socketFor(SocketAddress to) {
        boolean v6 = to instanceof InetSocketAddress inet && inet.getAddress() instanceof Inet6Address;
        if (socket != null) {
            boolean boundV6 = socket.getLocalAddress() instanceof Inet6Address;
            if (boundV6 != v6) {
                throw ScenarioError.of(describe() + " is bound to " + Hosts.show(socket.getLocalSocketAddress())
                        + " and cannot also reach " + Hosts.show(to) + "; use a second UDP client for the other family");
            }
            return socket;
        }
        InetSocketAddress local = new InetSocketAddress(place.clientAddress(((InetSocketAddress) to).getAddress()), 0);
        try {
            socket = openSocket(local, place);
            socket.bind(local);
            socket.setReceiveBufferSize(UdpServer.RECEIVE_BUFFER);
        } catch (SocketException e) {
            throw NetspecFailure.of(describe() + " could not bind " + Hosts.show(local) + ": " + e.getMessage(), e);
        }
        transcript.event("socket(), bind(" + Hosts.show(local) + ") → " + Hosts.show(socket.getLocalSocketAddress()));
        return socket;
    }

    /** An unbound UDP socket of the family of {@code address}, so the OS table shows udp for IPv4 and udp6 for IPv6. */
    static DatagramSocket openSocket(InetSocketAddress address, SocketPlace place) throws SocketException {
        try {
            return place.open(() -> java.nio.channels.DatagramChannel.open(address.getAddress() instanceof Inet6Address
                    ? java.net.StandardProtocolFamily.INET6 : java.net.StandardProtocolFamily.INET)).socket();
        } catch (IOException e) {
            SocketException failure = new SocketException("could not open a UDP socket: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    /** Sends one datagram; the OS error (for example "Message too long") names the target and the size. */
    public synchronized void send(byte[] bytes, Target to) {
        Reach.require(place, to, "the UDP client " + describe());
        DatagramSocket s = socketFor(to.address());
        try {
            s.send(new DatagramPacket(bytes, bytes.length, to.address()));
        } catch (IOException e) {
            transcript.event("sendto() of " + bytes.length + " bytes failed: " + e.getMessage());
            throw new SocketExpectationError(describe() + " could not send a datagram of " + bytes.length + " bytes to "
                    + to.describe() + ": the OS said " + e.getMessage() + " (the largest UDP payload over IPv4 is "
                    + NumberedDatagram.MAX_SIZE + " bytes)", e);
        }
        datagramsSent++;
        bytesSent += bytes.length;
        transcript.note("sent datagram to " + to.describe() + ",", Arrays.copyOf(bytes, Math.min(bytes.length, Payload.PREVIEW_BYTES)),
                bytes.length);
    }

    /**
     * Sends {@code count} numbered datagrams with sizes from {@code sizes}, paced to {@code perSecond}.
     * Sequence numbers continue from earlier runs of this client.
     */
    public synchronized void sendNumbered(int count, IntSupplier sizes, Target to, double perSecond) {
        Reach.require(place, to, "the UDP client " + describe());
        DatagramSocket s = socketFor(to.address());
        RateLimiter pace = RateLimiter.create(perSecond);
        // Pace in batches of about a millisecond's worth: a sleep per datagram cannot be shorter than the
        // scheduler allows, which would cap the rate far below what was asked.
        int batch = (int) Math.max(1, perSecond / 1000);
        long firstSequence = nextSequence;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            if (i % batch == 0) {
                pace.acquire(Math.min(batch, count - i));
            }
            int size = sizes.getAsInt();
            byte[] datagram = NumberedDatagram.encode(nextSequence, size);
            try {
                s.send(new DatagramPacket(datagram, size, to.address()));
            } catch (IOException e) {
                transcript.event("sendto() of numbered datagram #" + nextSequence + " failed: " + e.getMessage());
                throw new SocketExpectationError(describe() + " could not send numbered datagram #" + nextSequence
                        + " (" + size + " bytes) to " + to.describe() + " after " + i + " of " + count
                        + ": the OS said " + e.getMessage(), e);
            }
            nextSequence++;
            datagramsSent++;
            bytesSent += size;
            bytes += size;
        }
        transcript.event("sent " + count + " numbered datagrams #" + firstSequence + "-#" + (nextSequence - 1) + " ("
                + bytes + " bytes) to " + to.describe() + " at up to " + (long) perSecond + " per second");
    }

    /** The next datagram, waiting at most {@code within}; fails saying nothing came. */
    public synchronized byte[] receive(Duration within) {
        return poll(within).orElseThrow(() -> new SocketExpectationError("expected " + describe()
                + " to receive a datagram within " + Durations.format(within) + ", but none came"));
    }

    /**
     * The next datagram if one comes within {@code within} (at least a millisecond), else empty. A client that
     * has sent nothing yet has no socket, so nothing can come to it: empty at once, and no socket is bound
     * (binding one here would pin it to loopback, and a client on a host could then send nowhere else).
     */
    public synchronized Optional<byte[]> poll(Duration within) {
        if (socket == null) {
            return Optional.empty();
        }
        DatagramSocket s = socket;
        byte[] buffer = new byte[65_536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            s.setSoTimeout((int) Math.max(1, within.toMillis()));
            s.receive(packet);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw NetspecFailure.of(describe() + " could not receive: " + e.getMessage(), e);
        }
        byte[] got = Arrays.copyOf(buffer, packet.getLength());
        datagramsReceived++;
        transcript.note("received datagram from " + Hosts.show(packet.getSocketAddress()) + ",",
                Arrays.copyOf(got, Math.min(got.length, Payload.PREVIEW_BYTES)), got.length);
        return Optional.of(got);
    }

    /** Waits at most {@code within}; fails showing the datagram if one arrives. */
    @Override
    public synchronized void receiveNothing(Duration within) {
        Optional<byte[]> got = poll(within);
        if (got.isPresent()) {
            throw new SocketExpectationError("expected " + describe() + " to receive no datagram within "
                    + Durations.format(within) + ", but it received " + Payload.describe(got.get()));
        }
        transcript.event("received no datagram within " + Durations.format(within));
    }

    /**
     * Takes every datagram waiting now and, while fewer than {@code atLeast} were received in all, waits
     * for more at most {@code within}; returns how many this client received in all.
     */
    public synchronized long awaitReceived(long atLeast, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Duration wait = datagramsReceived >= atLeast || left <= 0 ? Duration.ofMillis(1) : Duration.ofNanos(left);
            if (poll(wait).isEmpty() && (datagramsReceived >= atLeast || deadline - System.nanoTime() <= 0)) {
                return datagramsReceived;
            }
        }
    }

    /** Receives one datagram and checks it is exactly {@code expected}, boundaries included. */
    public byte[] receiveExactly(byte[] expected, Duration within) {
        byte[] got;
        try {
            got = receive(within);
        } catch (SocketExpectationError e) {
            throw new SocketExpectationError("expected " + describe() + " to receive the datagram "
                    + Payload.describe(expected) + " within " + Durations.format(within) + ", but none came", e);
        }
        if (!Arrays.equals(got, expected)) {
            throw new SocketExpectationError("expected " + describe() + " to receive the datagram "
                    + Payload.describe(expected) + ", but it received " + Payload.describe(got) + "; "
                    + Difference.where(expected, got));
        }
        return got;
    }

    public String name() {
        return name;
    }

    public String describe() {
        return "\"" + name + "\"";
    }

    public synchronized SocketAddress localAddress() {
        return socket == null ? null : socket.getLocalSocketAddress();
    }

    public synchronized long datagramsSent() {
        return datagramsSent;
    }

    public synchronized long bytesSent() {
        return bytesSent;
    }

    public synchronized long datagramsReceived() {
        return datagramsReceived;
    }

    public Transcript transcript() {
        return transcript;
    }

    @Override
    public synchronized void close() {
        if (socket != null && !socket.isClosed()) {
            socket.close();
            transcript.event("close()");
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
