package io.netspec.packet;

import io.netspec.core.ScenarioError;

import java.net.InetAddress;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cut between hosts, by their IP addresses (every address of each host, IPv4 and IPv6), so that it
 * holds on every network a packet crosses, behind routers too: routers change a frame's MAC addresses,
 * never its IP addresses. Three kinds: both ways between two groups (the second may be "every other
 * address"), one way from some addresses to others, and a reject of TCP connections to some addresses
 * (each SYN answered with a reset). A rule may hold on one network only. Address resolution (ARP, IPv6
 * neighbour discovery) is never cut: {@link Cuts} lets it pass before any rule is asked.
 */
public final class CutRule {
    /** What a rule does to a packet it matches. */
    public enum Kind { BOTH_WAYS, ONE_WAY, REJECT }

    private final Kind kind;
    private final String network;
    private final Set<InetAddress> a;
    private final Set<InetAddress> b;
    private final String words;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong firstNanos = new AtomicLong();

    private CutRule(Kind kind, String network, Collection<InetAddress> a, Collection<InetAddress> b, String words) {
        this.kind = kind;
        this.network = network;
        this.a = Set.copyOf(a);
        this.b = b == null ? null : Set.copyOf(b);
        this.words = words;
        if (this.a.isEmpty() || (this.b != null && this.b.isEmpty())) {
            throw ScenarioError.of(words + ": each side of a cut needs at least one address");
        }
        if (this.b != null && this.a.stream().anyMatch(this.b::contains)) {
            throw ScenarioError.of(words + ": an address cannot be on both sides of a cut");
        }
    }

    /** Every packet between {@code a} and {@code b} dropped, both ways, on every network; {@code b} null: every other address. */
    public static CutRule bothWays(Collection<InetAddress> a, Collection<InetAddress> b, String words) {
        return new CutRule(Kind.BOTH_WAYS, null, a, b, words);
    }

    /** Every packet from {@code from} to {@code to} dropped on {@code network}; the reverse untouched. */
    public static CutRule oneWay(String network, Collection<InetAddress> from, Collection<InetAddress> to, String words) {
        return new CutRule(Kind.ONE_WAY, network, from, to, words);
    }

    /** Every SYN to {@code to} on {@code network} dropped and answered with a reset, as a firewall that rejects. */
    public static CutRule reject(String network, Collection<InetAddress> to, String words) {
        return new CutRule(Kind.REJECT, network, to, null, words);
    }

    public Kind kind() {
        return kind;
    }

    /** The rule in the scenario's words, for the capture's fates and the timeline. */
    public String words() {
        return words;
    }

    /** Whether this rule cuts {@code p} (an IP packet) on {@code networkName}. */
    boolean matches(String networkName, Packet p) {
        if (network != null && !network.equals(networkName)) {
            return false;
        }
        InetAddress from = p.source();
        InetAddress to = p.destination();
        return switch (kind) {
            case BOTH_WAYS -> a.contains(from) ? other(to) : a.contains(to) && other(from);
            case ONE_WAY -> a.contains(from) && b.contains(to);
            case REJECT -> p.isSyn() && a.contains(to);
        };
    }

    private boolean other(InetAddress address) {
        return b == null ? !a.contains(address) : b.contains(address);
    }

    /** Counts a frame this rule cut, read at {@code nanos}; the first one's time is kept. */
    void counted(long nanos) {
        frames.incrementAndGet();
        firstNanos.compareAndSet(0, nanos);
    }

    /** Frames this rule cut so far. */
    public long frames() {
        return frames.get();
    }

    /** When the switch read the first frame this rule cut (System.nanoTime()), or 0 if none yet. */
    public long firstFrameNanos() {
        return firstNanos.get();
    }

    @Override
    public String toString() {
        return words;
    }
}
