package io.netspec.host;

import io.netspec.core.ScenarioError;
import io.netspec.netns.LinkState;
import io.netspec.netns.LinkChanges;
import io.netspec.netns.Namespace;
import io.netspec.netns.Probes;
import io.netspec.socket.SocketPlace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.concurrent.Executor;

/**
 * A computer of its own on this machine: a network namespace with its own loopback, one interface per
 * network it joins (a TAP device whose other side is that network's switch), its own routes, and
 * (for a router) forwarding on. It has no thread of its own: sockets are made inside it by a shared
 * worker that enters its namespace for that ({@link Namespace#call}), programs by the one thread that
 * starts processes ({@link Namespace#start}).
 */
public final class Host implements SocketPlace, AutoCloseable {
    /** Bound for work inside the namespace: making a socket, configuring an interface. */
    static final Duration WORK_BOUND = Duration.ofSeconds(5);
    /** The tables of the namespace of the thread that reads them. */
    private static final Path PROC_NET = Path.of("/proc/thread-self/net");

    private final String name;
    private final boolean router;
    private final Namespace namespace;
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    /** The last count read of each interface, kept for reports made after the host closed. */
    private final Map<String, Long> closedDrops = new ConcurrentHashMap<>();
    private final HostServices services = new HostServices();

    /** A host on the networks of its attachments, which {@link BringUp} made; the namespace is its from now on. */
    Host(String name, boolean router, Namespace namespace) {
        this.name = name;
        this.router = router;
        this.namespace = namespace;
    }

    /** Notes that the host joined {@code network} as {@code attachment} (its TAP device plugged into the switch). */
    synchronized void joined(Network network, Attachment attachment) {
        attachments.add(attachment);
        networks.add(network);
    }

    /**
     * The kernel's count of frames dropped on their way out of {@code ifName}, which for a TAP device
     * means frames its reader (the switch) did not take in time; read from /proc/thread-self/net/dev,
     * which shows the namespace of the thread that reads it. 0 once the host is closed.
     */
    long transmitDrops(String ifName) {
        if (namespace.isClosed()) {
            return closedDrops.getOrDefault(ifName, 0L);
        }
        try {
            long drops = namespace.call(() -> {
                for (String line : Files.readAllLines(PROC_NET.resolve("dev"))) {
                    String[] sides = line.trim().split(":", 2);
                    if (sides.length == 2 && sides[0].equals(ifName)) {
                        return Long.parseLong(sides[1].trim().split("\\s+")[11]);
                    }
                }
                return 0L;
            }, WORK_BOUND);
            closedDrops.put(ifName, drops);
            return drops;
        } catch (IllegalStateException e) {
            if (namespace.isClosed()) {
                return closedDrops.getOrDefault(ifName, 0L);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the counters of " + ifName + " in \"" + name + "\"", e);
        }
    }

    /** Applies {@code changes} (routes, say) inside this host. */
    void apply(LinkChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            namespace.call(() -> {
                changes.apply();
                return null;
            }, WORK_BOUND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not change the routes of \"" + name + "\": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T open(Opening<T> opening) throws IOException {
        return namespace.call(opening::open, WORK_BOUND);
    }

    @Override
    public String describe() {
        return "host \"" + name + "\"";
    }

    @Override
    public OptionalLong retransmitted(InetSocketAddress local, InetSocketAddress remote) {
        return KernelCounters.retransmitted(this, local, remote);
    }

    @Override
    public InetAddress clientAddress(InetAddress target) {
        int family = target instanceof Inet6Address ? 6 : 4;
        if (target.isLoopbackAddress()) {
            return SocketPlace.super.clientAddress(target);
        }
        return attachments.stream().filter(a -> a.address().version() == family).findFirst()
                .map(a -> a.address().toInetAddress())
                .orElseThrow(() -> ScenarioError.of("host \"" + name + "\" has no IPv" + family + " address, so a client"
                        + " on it cannot reach " + target.getHostAddress() + "; put it on an IPv" + family + " network"));
    }

    @Override
    public Optional<Executor> tasks() {
        return Optional.of(namespace::execute);
    }

    @Override
    public InetAddress serverAddress(int family) {
        return address(family);
    }

    /** The address a server on this host binds: its first address of {@code family} (4 or 6), else its first. */
    public InetAddress address(int family) {
        return attachments.stream().filter(a -> a.address().version() == family).findFirst()
                .or(() -> attachments.stream().findFirst())
                .map(a -> a.address().toInetAddress())
                .orElseThrow(() -> ScenarioError.of("host \"" + name + "\" is on no network, so it has no"
                        + " address for a server; give it one with: Given a host \"" + name + "\" at \"192.168.1.10\" on \"office\""));
    }

    /** The round trip of an ICMP echo from this host to {@code address}, if one was answered within {@code bound}. */
    public Optional<Duration> echo(InetAddress address, int sequence, Duration bound) {
        return probe(address, sequence, 0, bound).filter(a -> a.kind() == Probes.Kind.REACHED).map(Probes.Answer::took);
    }

    /** One ICMP echo request with a hop limit from inside this host, and the first answer to it within {@code bound}. */
    public Optional<Probes.Answer> probe(InetAddress address, int sequence, int hopLimit, Duration bound) {
        try {
            return Optional.ofNullable(namespace.call(() -> Probes.probe(address, sequence, hopLimit, bound),
                    bound.plus(WORK_BOUND)));
        } catch (IOException e) {
            throw new UncheckedIOException("an ICMP echo from \"" + name + "\" failed: " + e.getMessage(), e);
        }
    }

    /** One TCP connect from inside this host, with the OS's own outcome. */
    public Probes.ConnectOutcome connect(InetAddress address, int port, Duration bound) {
        try {
            return namespace.call(() -> Probes.connect(address, port, bound), bound.plus(WORK_BOUND));
        } catch (IOException e) {
            throw new UncheckedIOException("a TCP connect from \"" + name + "\" failed: " + e.getMessage(), e);
        }
    }

    /** Whether the kernel of this host sees {@code ifName} as operationally up ({@link LinkState}). */
    public boolean running(String ifName) {
        try {
            return namespace.call(() -> LinkState.running(ifName), WORK_BOUND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the state of " + ifName + " in \"" + name + "\"", e);
        }
    }

    /** Whether the kernel's routes through {@code ifName} show the carrier as {@code up} ({@link Ip#routesSeeCarrier}). */
    public boolean routesSeeCarrier(String ifName, boolean up) {
        return Ip.routesSeeCarrier(namespace, ifName, up, WORK_BOUND);
    }

    /** Runs a configuration tool inside this host ({@code ip}, {@code nft}) fed with {@code input}; returns its output. */
    String configure(List<String> command, String input) {
        return InsideCommand.run(namespace, command, input, WORK_BOUND);
    }

    /**
     * Starts a process inside this host, from a thread that lives as long as the JVM (see {@link Program}:
     * a parent-death signal comes when the JVM ends, not before).
     */
    Process spawn(ProcessBuilder builder) throws IOException {
        return namespace.start(builder, WORK_BOUND);
    }

    public String name() {
        return name;
    }

    Namespace namespace() {
        return namespace;
    }

    /** How a log says where {@code hosts} (each on one network) are: "node1..node200 at 10.0.0.1 to 10.0.0.200". */
    public static String describe(List<Host> hosts) {
        String names = HostNames.describe(hosts.stream().map(Host::name).toList());
        List<Attachment> first = hosts.get(0).attachments();
        List<Attachment> last = hosts.get(hosts.size() - 1).attachments();
        return names + (first.isEmpty() || last.isEmpty() ? "" : " at " + first.get(0).address()
                + (hosts.size() > 1 ? " to " + last.get(0).address() : ""));
    }

    public boolean isRouter() {
        return router;
    }

    public synchronized List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    public synchronized List<Network> networks() {
        return List.copyOf(networks);
    }

    /**
     * Reads this host's own socket tables and interface counters: {@code reading} gets the folder that
     * shows them ({@code tcp}, {@code udp}, {@code dev} …) and runs on a thread inside the host.
     */
    public <T> T readProcNet(Function<Path, T> reading) {
        try {
            return namespace.call(() -> reading.apply(PROC_NET), WORK_BOUND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + PROC_NET + " inside \"" + name + "\": " + e.getMessage(), e);
        }
    }

    /** Where {@code nsenter --net=...} enters this host (valid while the host is up). */
    public String namespacePath() {
        return namespace.path();
    }

    /**
     * The service of {@code kind} that runs inside this host (such as its own Toxiproxy server), started by
     * {@code start} the first time it is asked for and closed with the host, before its namespace.
     */
    public <T extends AutoCloseable> T service(Class<T> kind, Function<Host, T> start) {
        return services.get(kind, () -> start.apply(this));
    }

    @Override
    public void close() {
        try {
            services.close();
        } finally {
            namespace.close();
        }
    }

    @Override
    public String toString() {
        return (router ? "router \"" : "host \"") + name + "\"";
    }
}
