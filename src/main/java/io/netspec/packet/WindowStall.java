package io.netspec.packet;

import java.net.InetSocketAddress;
import java.time.Duration;
import io.netspec.address.HostPort;
import io.netspec.core.ExpectationFailure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The longest time one side of a TCP connection advertised a zero window (its receive buffer full: the
 * program behind it stopped reading), read from the capture's own TCP headers: from the first segment of
 * that side with a zero window to the first after it with a window again, or to the last frame of the
 * capture when it was still zero then. {@code probes}: segments the other side sent meanwhile (zero-window
 * probes and keep-alives); {@code fromNanos}/{@code untilNanos} on the capture's clock.
 */
public record WindowStall(InetSocketAddress receiver, InetSocketAddress sender, long fromNanos, long untilNanos,
                          boolean stillZero, int probes) {

    public Duration length() {
        return Duration.ofNanos(untilNanos - fromNanos);
    }

    /** The longest zero-window stretch of {@code connection}, if it has one. */
    public static Optional<WindowStall> of(TcpConnection connection) {
        WindowStall longest = null;
        Stretch open = null;
        long last = 0;
        for (Captured c : connection.packets()) {
            Packet p = c.packet();
            last = c.nanos();
            if (p.has(Packet.RST) || p.has(Packet.SYN) || !p.has(Packet.ACK)) {
                continue;
            }
            boolean zero = p.window() == 0;
            if (open != null && p.sourceEndpoint().equals(open.receiver) && !zero) {
                longest = longer(longest, open.end(c.nanos(), false));
                open = null;
            } else if (open != null && p.sourceEndpoint().equals(open.sender)) {
                open.probes++;
            } else if (open == null && zero) {
                open = new Stretch(p.sourceEndpoint(), p.destinationEndpoint(), c.nanos());
            }
        }
        if (open != null) {
            longest = longer(longest, open.end(last, true));
        }
        return Optional.ofNullable(longest);
    }

    /**
     * The longest zero-window stretch of the connection between {@code one} and {@code other} (either way
     * round) in {@code frames}, described with times from the capture's first frame: for a stalled transfer's failure.
     */
    public static Optional<String> explain(List<Captured> frames, InetSocketAddress one, InetSocketAddress other,
                                           long nowNanos) {
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        long zero = frames.get(0).nanos();
        return TcpConnections.of(frames).stream()
                .filter(c -> (c.client().equals(one) && c.server().equals(other)) || (c.client().equals(other) && c.server().equals(one)))
                .flatMap(c -> of(c).stream()).findFirst()
                .map(s -> s.stillZero ? s.until(nowNanos).describe(zero) + " (still zero when the step failed)" : s.describe(zero));
    }

    /** The same stretch, lasting until {@code nanos} (System.nanoTime(), the capture's clock). */
    WindowStall until(long nanos) {
        return new WindowStall(receiver, sender, fromNanos, Math.max(untilNanos, nanos), false, probes);
    }

    /** Fails unless {@code connection} shows a zero window that lasted at least {@code least}; says what it shows. */
    public static String require(TcpConnection connection, Duration least, String who) {
        Optional<WindowStall> stall = of(connection);
        long zero = connection.packets().isEmpty() ? 0 : connection.packets().get(0).nanos();
        if (stall.isEmpty() || stall.get().length().compareTo(least) < 0) {
            throw ExpectationFailure.expected("the receiver of " + who + " to advertise a zero window for at least "
                    + least.toMillis() + " ms in " + connection.describe(), stall.map(s -> s.describe(zero) + ", shorter")
                    .orElse("every segment of it advertised a window above 0"));
        }
        return stall.get().describe(zero);
    }

    private static WindowStall longer(WindowStall a, WindowStall b) {
        return a == null || b.length().compareTo(a.length()) > 0 ? b : a;
    }

    /** "192.168.1.20:7000 advertised a zero window from 0.412 s for 9.613 s (still zero at the capture's last frame), ..." */
    public String describe(long zeroNanos) {
        return String.format(Locale.ROOT, "%s advertised a zero window from %.3f s for %.3f s%s, while %s sent %d"
                        + " segment(s) into it (zero-window probes): its receiver had stopped reading", show(receiver),
                (fromNanos - zeroNanos) / 1e9, length().toNanos() / 1e9, stillZero ? " (still zero at the capture's last frame)"
                        : "", show(sender), probes);
    }

    private static String show(InetSocketAddress a) {
        return HostPort.show(a);
    }

    private static final class Stretch {
        private final InetSocketAddress receiver;
        private final InetSocketAddress sender;
        private final long from;
        private int probes;

        Stretch(InetSocketAddress receiver, InetSocketAddress sender, long from) {
            this.receiver = receiver;
            this.sender = sender;
            this.from = from;
        }

        WindowStall end(long until, boolean stillZero) {
            return new WindowStall(receiver, sender, from, until, stillZero, probes);
        }
    }
}
