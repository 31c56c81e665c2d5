package io.netspec.ostable;

import io.netspec.core.NetspecFailure;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The OS socket table at one moment, as {@code netstat -an}, {@code ss} and {@code lsof -i} show it,
 * read from /proc/net/tcp, tcp6, udp, udp6 and unix.
 */
public final class SocketTable {
    public static final String HEADER = String.format("%-5s %6s %6s %-45s %-45s %s", "Proto", "Recv-Q", "Send-Q",
            "Local Address", "Foreign Address", "State");

    private final List<InetSocketEntry> inet;
    private final List<UnixSocketEntry> unix;

    public SocketTable(List<InetSocketEntry> inet, List<UnixSocketEntry> unix) {
        this.inet = List.copyOf(inet);
        this.unix = List.copyOf(unix);
    }

    /** Reads this machine's table (of this network namespace). */
    public static SocketTable read() {
        return read(Path.of("/proc/net"));
    }

    public static SocketTable read(Path procNet) {
        List<InetSocketEntry> inet = new ArrayList<>();
        for (String protocol : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = procNet.resolve(protocol);
            if (Files.exists(file)) {
                inet.addAll(ProcNet.parseInet(protocol, lines(file)));
            }
        }
        Path unixFile = procNet.resolve("unix");
        List<UnixSocketEntry> unix = Files.exists(unixFile) ? ProcNet.parseUnix(lines(unixFile)) : List.of();
        return new SocketTable(inet, unix);
    }

    /** This table and {@code other} as one (the tables of two network namespaces, say). */
    public SocketTable and(SocketTable other) {
        List<InetSocketEntry> allInet = new ArrayList<>(inet);
        allInet.addAll(other.inet);
        List<UnixSocketEntry> allUnix = new ArrayList<>(unix);
        allUnix.addAll(other.unix);
        return new SocketTable(allInet, allUnix);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw NetspecFailure.of("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public List<InetSocketEntry> inet() {
        return inet;
    }

    public List<UnixSocketEntry> unix() {
        return unix;
    }

    public List<InetSocketEntry> inet(Predicate<InetSocketEntry> which) {
        return inet.stream().filter(which).toList();
    }

    /** TCP sockets listening on {@code address} (or on the wildcard address and its port). */
    public List<InetSocketEntry> tcpListening(InetSocketAddress address) {
        return inet(e -> !e.isUdp() && e.state() == SocketState.LISTEN && sameEndpoint(e.local(), address));
    }

    /** UDP sockets bound to {@code address}. */
    public List<InetSocketEntry> udpBound(InetSocketAddress address) {
        return inet(e -> e.isUdp() && sameEndpoint(e.local(), address));
    }

    /** TCP sockets from {@code local} to {@code remote}, in any state. */
    public List<InetSocketEntry> tcpBetween(InetSocketAddress local, InetSocketAddress remote) {
        return inet(e -> !e.isUdp() && e.local().equals(local) && e.remote().equals(remote));
    }

    /** Bytes waiting in the receive queue of the TCP socket from {@code local} to {@code remote}, or -1 if there is none. */
    public long receiveQueue(InetSocketAddress local, InetSocketAddress remote) {
        return tcpBetween(local, remote).stream().mapToLong(InetSocketEntry::receiveQueue).max().orElse(-1);
    }

    /** Every entry with {@code port} at either end: what a person would grep for. */
    public List<InetSocketEntry> involvingPort(int port) {
        return inet(e -> e.local().getPort() == port || e.remote().getPort() == port);
    }

    /** What listens on {@code address}: a Unix-domain path, or a TCP (or, with {@code udp}, UDP) host and port. */
    public TableLines listening(SocketAddress address, boolean udp) {
        if (address instanceof UnixDomainSocketAddress path) {
            return new TableLines(List.of(), unixAt(path.getPath().toString()).stream()
                    .filter(UnixSocketEntry::listening).toList());
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        return TableLines.ofInet(udp ? udpBound(inet) : tcpListening(inet));
    }

    /**
     * Reads the table every {@code poll} until what {@code select} picks from it satisfies {@code done},
     * at most {@code within}; returns the last pick, which the caller judges (it may not satisfy {@code done}).
     */
    public static <T> T await(String alias, Duration within, Duration poll, Function<SocketTable, T> select,
                              Predicate<T> done) {
        return await(alias, within, poll, SocketTable::read, select, done);
    }

    /** As {@link #await(String, Duration, Duration, Function, Predicate)}, reading the table with {@code reader}. */
    public static <T> T await(String alias, Duration within, Duration poll, java.util.function.Supplier<SocketTable> reader,
                              Function<SocketTable, T> select, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            Awaitility.await(alias).atMost(within).pollDelay(Duration.ZERO).pollInterval(poll)
                    .until(() -> {
                        last.set(select.apply(reader.get()));
                        return done.test(last.get());
                    });
        } catch (ConditionTimeoutException e) {
            // The last pick is the answer either way; the caller tells a timeout by testing it.
            return last.get();
        }
        return last.get();
    }

    public List<UnixSocketEntry> unixAt(String path) {
        return unix.stream().filter(e -> path.equals(e.path())).toList();
    }

    private static boolean sameEndpoint(InetSocketAddress entry, InetSocketAddress wanted) {
        return entry.getPort() == wanted.getPort()
                && (entry.getAddress().equals(wanted.getAddress()) || entry.getAddress().isAnyLocalAddress());
    }

    /** The entries as {@code netstat -an} prints them, with its header. */
    public static String format(List<InetSocketEntry> inet, List<UnixSocketEntry> unix) {
        StringBuilder s = new StringBuilder();
        if (!inet.isEmpty()) {
            s.append(HEADER).append('\n');
            inet.forEach(e -> s.append(e.netstatLine()).append('\n'));
        }
        if (!unix.isEmpty()) {
            s.append(String.format("%-5s %-10s %-12s %8s %s", "Proto", "Type", "State", "I-Node", "Path")).append('\n');
            unix.forEach(e -> s.append(e.netstatLine()).append('\n'));
        }
        return s.length() == 0 ? "(no matching sockets)\n" : s.toString();
    }
}
