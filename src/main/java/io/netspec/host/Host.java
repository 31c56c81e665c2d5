package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.netns.LinkState;
import io.netspec.netns.Namespace;
import io.netspec.netns.Probes;
import io.netspec.netns.Tap;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A computer of its own on this machine: a network namespace with its own loopback, one interface per
 * network it joins (a TAP device whose other side is that network's switch), its own routes, and
 * (for a router) forwarding on. Sockets and programs are made inside it on its namespace's thread.
 */
public final class Host implements SocketPlace, AutoCloseable {
    /** Bound for work inside the namespace: making a socket, configuring an interface. */
    static final Duration WORK_BOUND = Duration.ofSeconds(5);

    private final String name;
    private final boolean router;
    private final Namespace namespace;
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    /** The last count read of each interface, kept for reports made after the host closed. */
    private final Map<String, Long> closedDrops = new ConcurrentHashMap<>();

    private Host(String name, boolean router, Namespace namespace) {
        this.name = name;
        this.router = router;
        this.namespace = namespace;
    }

    /** A new host with only its loopback (127.0.0.1 and ::1), up. */
    static Host create(String name, boolean router) {
        Namespace namespace = Namespace.create(name, WORK_BOUND);
        try {
            Ip.batch(namespace, List.of("link set lo up"), WORK_BOUND);
            Host host = new Host(name, router, namespace);
            Sysctls.write(namespace, Sysctls.linkLocalAtOnce(), "turn duplicate address detection off");
            if (router) {
                Sysctls.write(namespace, Sysctls.router(), "turn forwarding on");
            }
            return host;
        } catch (RuntimeException e) {
            namespace.close();
            throw e;
        }
    }

    /** Joins {@code network} at {@code address}: a TAP device inside, plugged into the network's switch. */
    synchronized Attachment join(Network network, IpAddress address, Attachment.Side side, boolean despiteTaken) {
        network.check(name, address, despiteTaken);
        String ifName = "eth" + attachments.size();
        String mac = network.nextMac();
        Tap tap;
        try {
            tap = namespace.openTap(ifName, WORK_BOUND);
        } catch (IOException e) {
            throw NetspecFailure.of("could not open a TAP device for \"" + name + "\" on \"" + network.name()
                    + "\": " + e.getMessage(), e);
        }
        try {
            boolean dad = despiteTaken && address.isIpv6();
            if (dad) {  // the kernel's own duplicate address detection finds the address taken (dadfailed)
                Sysctls.write(namespace, Sysctls.detectDuplicates(ifName), "turn duplicate address detection on");
            }
            String prefix = address + "/" + network.cidr().length();
            List<String> commands = new ArrayList<>(List.of(
                    "link set " + ifName + " address " + mac + " mtu 1500 txqueuelen 10000",
                    "addr add " + prefix + " dev " + ifName + (address.isIpv4() || dad ? "" : " nodad"),
                    "link set " + ifName + " up"));
            if (address.isIpv4() && attachments.stream().noneMatch(a -> a.address().isIpv4())) {
                // Multicast leaves by the first IPv4 interface, also for programs that choose none (IPv6 has ff00::/8 on each).
                commands.add("route add 224.0.0.0/4 dev " + ifName);
            }
            Ip.batch(namespace, commands, WORK_BOUND);
            Attachment attachment = new Attachment(name, address, mac, ifName, router, side);
            network.attach(attachment, tap, () -> transmitDrops(ifName), despiteTaken);
            attachments.add(attachment);
            networks.add(network);
            return attachment;
        } catch (RuntimeException e) {
            tap.close();
            throw e;
        }
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
                for (String line : Files.readAllLines(Path.of("/proc/thread-self/net/dev"))) {
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

    /** Sends packets for every network it is not on through {@code gateway} (null: no default route). */
    void defaultRoute(boolean ipv4, IpAddress gateway) {
        List<String> commands = gateway == null ? List.of("route flush exact default")
                : List.of("route replace default via " + gateway);
        Ip.batch(namespace, ipv4 ? "-4" : "-6", commands, WORK_BOUND);
    }

    /** Adds or replaces a route to each network of {@code add} through its next hop, and removes those of {@code remove}. */
    void routes(boolean ipv4, Map<Cidr, IpAddress> add, Collection<Cidr> remove) {
        List<String> commands = new ArrayList<>();
        remove.forEach(cidr -> commands.add("route del " + cidr));
        add.forEach((cidr, via) -> commands.add("route replace " + cidr + " via " + via));
        if (!commands.isEmpty()) {
            Ip.batch(namespace, ipv4 ? "-4" : "-6", commands, WORK_BOUND);
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

    /** Starts a process inside this host from its namespace's own thread (see {@link Program}). */
    Process spawn(ProcessBuilder builder) throws IOException {
        return namespace.call(builder::start, WORK_BOUND);
    }

    public String name() {
        return name;
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

    /** The folder with this host's own socket tables and interface counters ({@code tcp}, {@code udp}, {@code dev} …). */
    public Path procNet() {
        return namespace.procNet();
    }

    /** Where {@code nsenter --net=...} enters this host (valid while the host is up). */
    public String namespacePath() {
        return namespace.path();
    }

    @Override
    public void close() {
        namespace.close();
    }

    @Override
    public String toString() {
        return (router ? "router \"" : "host \"") + name + "\"";
    }
}
