package io.netspec.socket;

import io.netspec.text.Durations;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The connections a stream server accepted, in order, and bounded waits for them: the server's loop
 * adds, anyone may wait.
 */
final class AcceptedConnections {
    private final String server;
    private final List<ServerConnection> all = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition accepted = lock.newCondition();

    /** The connections of the server described as {@code server} (for messages). */
    AcceptedConnections(String server) {
        this.server = server;
    }

    int size() {
        return all.size();
    }

    List<ServerConnection> list() {
        return List.copyOf(all);
    }

    void add(ServerConnection c) {
        all.add(c);
        lock.lock();
        try {
            accepted.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The connection whose peer is {@code peer}, waiting at most {@code within} for it to be accepted. */
    ServerConnection from(SocketAddress peer, Duration within) throws InterruptedException {
        Optional<ServerConnection> found = within(within, () -> match(peer));
        if (found.isPresent()) {
            return found.get();
        }
        List<ServerConnection> now = list();
        throw SocketExpectationError.expected(server + " to have accepted a connection from "
                + Hosts.show(peer) + " within " + Durations.format(within), "it had "
                + (now.isEmpty() ? "accepted none" : "only " + now));
    }

    /** Waits at most {@code within} until {@code count} connections were accepted; returns how many there were. */
    int await(int count, Duration within) throws InterruptedException {
        within(within, () -> all.size() >= count ? Optional.of(true) : Optional.empty());
        return all.size();
    }

    /** The accepted connection from {@code peer}; for a Unix-domain peer (no address), the only one. */
    private Optional<ServerConnection> match(SocketAddress peer) {
        List<ServerConnection> now = list();
        for (ServerConnection c : now) {
            if (c.peer().equals(peer)) {
                return Optional.of(c);
            }
        }
        if (!(peer instanceof InetSocketAddress) && now.size() == 1) {
            return Optional.of(now.get(0));
        }
        return Optional.empty();
    }

    /** What {@code check} finds, asked again each time a connection is accepted, within {@code bound}. */
    private <T> Optional<T> within(Duration bound, Supplier<Optional<T>> check) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> found = check.get();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                accepted.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }
}
