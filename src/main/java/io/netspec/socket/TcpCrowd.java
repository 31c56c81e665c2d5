package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Many TCP clients at once against one echo target, driven from a single selector: every client
 * connects before any reply is read, sends bytes of its own, and stays open until every client has
 * its bytes back (or the deadline passes), so the server really holds all connections at once.
 */
public final class TcpCrowd implements AutoCloseable {
    private final Target target;
    private final Selector selector;
    private final List<Member> members = new ArrayList<>();
    private final long started = System.nanoTime();

    private static final class Member {
        final int index;
        final SocketChannel channel;
        final byte[] sent;
        final ByteBuffer received;
        String failure;
        boolean done;

        Member(int index, SocketChannel channel, byte[] sent) {
            this.index = index;
            this.channel = channel;
            this.sent = sent;
            this.received = ByteBuffer.allocate(sent.length);
        }
    }

    /** What happened to the crowd. */
    public record Result(int clients, int correct, int connected, long elapsedMillis, List<String> problems) {
        public boolean allCorrect() {
            return correct == clients;
        }

        @Override
        public String toString() {
            return correct + " of " + clients + " clients got exactly their own bytes back (" + connected
                    + " connected) in " + elapsedMillis + " ms" + (problems.isEmpty() ? ""
                    : "; first problems:\n  " + String.join("\n  ", problems));
        }
    }

    private TcpCrowd(Target target, int clients, int bytesEach, RandomGenerator random) throws IOException {
        this.target = target;
        this.selector = Selector.open();
        InetSocketAddress address = (InetSocketAddress) target.address();
        StandardProtocolFamily family = address.getAddress() instanceof Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        for (int i = 0; i < clients; i++) {
            byte[] payload = new byte[bytesEach];
            random.nextBytes(payload);
            SocketChannel channel = SocketChannel.open(family);
            Member m = new Member(i, channel, payload);
            members.add(m);
            try {
                channel.configureBlocking(false);
                if (channel.connect(address)) {
                    channel.register(selector, SelectionKey.OP_WRITE, m);
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, m);
                }
            } catch (IOException e) {
                m.failure = "client #" + i + " could not connect: " + e.getMessage();
            }
        }
    }

    /** The most clients of one crowd: each holds a descriptor here and one at the server. */
    public static final int MOST_CLIENTS = 10_000;
    /** The most bytes a crowd sends in all: each client keeps what it sent to compare with what comes back. */
    public static final long MOST_BYTES = 64L * 1024 * 1024;

    /** Opens {@code clients} connections to {@code target} at once; each will send {@code bytesEach} random bytes. */
    public static TcpCrowd connect(Target target, int clients, int bytesEach, RandomGenerator random) {
        if (!(target.address() instanceof InetSocketAddress)) {
            throw ScenarioError.of("a crowd of TCP clients needs a host:port target, not " + target.describe());
        }
        if (clients > MOST_CLIENTS || (long) clients * bytesEach > MOST_BYTES) {
            throw ScenarioError.of("a crowd of " + clients + " TCP clients of " + target.describe() + " each sending "
                    + bytesEach + " bytes is more than netspec holds at once; expected at most " + MOST_CLIENTS
                    + " clients and at most " + MOST_BYTES + " bytes (64 MiB) in all");
        }
        if (clients < 1 || bytesEach < 1) {
            throw ScenarioError.of("a crowd of " + clients + " TCP clients of " + target.describe()
                    + " each sending " + bytesEach + " bytes cannot start: expected at least one client sending at"
                    + " least one byte");
        }
        try {
            return new TcpCrowd(target, clients, bytesEach, random);
        } catch (IOException e) {
            throw NetspecFailure.of("could not open " + clients + " TCP clients to " + target.describe() + ": "
                    + e.getMessage() + " (the limit of open files is a common cause: ulimit -n)", e);
        }
    }

    /** Drives every connection until each client has its bytes back or {@code within} has passed. */
    public Result awaitEchoes(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int pending = (int) members.stream().filter(m -> m.failure == null).count();
        try {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                selector.select(Math.max(1, left / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    Member m = (Member) key.attachment();
                    if (step(key, m)) {
                        pending--;
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw NetspecFailure.of("the crowd of clients to " + target.describe() + " failed: " + e.getMessage(), e);
        }
        return result(within);
    }

    /** Moves one client on; true when it has finished (right or wrong). */
    private boolean step(SelectionKey key, Member m) {
        try {
            if (!key.isValid()) {
                return false;
            }
            if (key.isConnectable() && m.channel.finishConnect()) {
                key.interestOps(SelectionKey.OP_WRITE);
            }
            if (key.isValid() && key.isWritable()) {
                ByteBuffer out = ByteBuffer.wrap(m.sent);
                m.channel.write(out);
                if (out.hasRemaining()) {
                    m.failure = "client #" + m.index + " could only send " + out.position() + " of " + m.sent.length + " bytes at once";
                    key.cancel();
                    return true;
                }
                key.interestOps(SelectionKey.OP_READ);
                return false;
            }
            if (key.isValid() && key.isReadable()) {
                int n = m.channel.read(m.received);
                if (n < 0) {
                    m.failure = "client #" + m.index + ": the server closed after " + m.received.position() + " bytes";
                    key.cancel();
                    return true;
                }
                if (!m.received.hasRemaining()) {
                    m.done = true;
                    if (!Arrays.equals(m.received.array(), m.sent)) {
                        m.failure = "client #" + m.index + " sent " + Payload.describe(m.sent) + " but got back "
                                + Payload.describe(m.received.array());
                    }
                    key.interestOps(0);
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            m.failure = "client #" + m.index + ": " + e.getMessage();
            key.cancel();
            return true;
        }
    }

    private Result result(Duration within) {
        int correct = 0;
        int connected = 0;
        List<String> problems = new ArrayList<>();
        for (Member m : members) {
            if (m.channel.isConnected()) {
                connected++;
            }
            if (m.done && m.failure == null) {
                correct++;
            } else if (problems.size() < 10) {
                problems.add(m.failure != null ? m.failure : "client #" + m.index + " had " + m.received.position()
                        + " of its " + m.sent.length + " bytes back after " + Durations.format(within));
            }
        }
        return new Result(members.size(), correct, connected, (System.nanoTime() - started) / 1_000_000, problems);
    }

    public int size() {
        return members.size();
    }

    public Target target() {
        return target;
    }

    @Override
    public void close() {
        List<IOException> failures = new ArrayList<>();
        for (Member m : members) {
            try {
                m.channel.close();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            failures.add(e);
        }
        if (!failures.isEmpty()) {
            throw NetspecFailure.of(failures.size() + " client sockets of the crowd did not close", failures.get(0));
        }
    }
}
