package io.netspec.packet;

import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where an Ethernet frame is going at the IP layer, and what a host says in it about multicast groups:
 * the IGMP (v1, v2, v3; RFC 1112, 2236, 3376) and MLD (v1, v2; RFC 2710, 3810) reports with which a
 * host's kernel joins and leaves groups. A switch that snoops them forwards a group's traffic to its
 * members only; a capture shows them. Never throws on bytes it cannot read: such a frame says nothing.
 */
public final class GroupReports {
    private static final int ETHER_IPV4 = 0x0800;
    private static final int ETHER_IPV6 = 0x86DD;

    private GroupReports() {
    }

    /** One group a report joins or leaves. */
    public record Change(InetAddress group, boolean join) {
        @Override
        public String toString() {
            return (join ? "join " : "leave ") + HostPort.show(group);
        }
    }

    /** A report: its protocol and version ("IGMPv3", "MLDv2" …) and the groups it joins or leaves. */
    public record Report(String protocol, List<Change> changes) {
        /** "IGMPv3 report: join 239.1.2.3", as a capture table shows it. */
        public String summary() {
            return protocol + " report: " + String.join(", ", changes.stream().map(Change::toString).toList());
        }
    }

    /** The IP destination of a frame that carries IPv4 or IPv6 (no VLAN tag), if it does. */
    public static Optional<InetAddress> destination(byte[] frame) {
        int type = frame.length >= 14 ? u16(frame, 12) : -1;
        if (type == ETHER_IPV4 && frame.length >= 34) {
            return Optional.of(address(frame, 30, 4));
        }
        if (type == ETHER_IPV6 && frame.length >= 54) {
            return Optional.of(address(frame, 38, 16));
        }
        return Optional.empty();
    }

    /** The groups this frame joins or leaves, if it is an IGMP or MLD report. */
    public static Optional<Report> of(byte[] frame) {
        int type = frame.length >= 14 ? u16(frame, 12) : -1;
        if (type == ETHER_IPV4 && frame.length >= 34 && (frame[14] & 0xF0) == 0x40 && (frame[23] & 0xFF) == 2) {
            int at = 14 + (frame[14] & 0x0F) * 4;
            return at + 8 <= frame.length ? igmp(frame, at) : Optional.empty();
        }
        if (type == ETHER_IPV6 && frame.length >= 54) {
            int next = frame[20] & 0xFF;
            int at = 54;
            while ((next == 0 || next == 60) && at + 8 <= frame.length) {  // hop-by-hop (router alert), options
                next = frame[at] & 0xFF;
                at += ((frame[at + 1] & 0xFF) + 1) * 8;
            }
            return next == 58 && at + 8 <= frame.length ? mld(frame, at) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The first frame of {@code frames} that came in from {@code port} (a host) and joins {@code group}. */
    public static Optional<Captured> joining(List<Captured> frames, String port, InetAddress group) {
        return frames.stream().filter(c -> port.equals(c.from()))
                .filter(c -> of(c.frame()).stream().flatMap(r -> r.changes().stream())
                        .anyMatch(change -> change.join() && change.group().equals(group)))
                .findFirst();
    }

    /** Every report in {@code frames}, one line each ("a: IGMPv3 report: join 239.1.2.3"), for messages. */
    public static List<String> all(List<Captured> frames) {
        return frames.stream().flatMap(c -> of(c.frame()).stream().map(r -> c.from() + ": " + r.summary())).toList();
    }

    private static Optional<Report> igmp(byte[] f, int at) {
        int type = f[at] & 0xFF;
        return switch (type) {
            case 0x12 -> one("IGMPv1", address(f, at + 4, 4), true);
            case 0x16 -> one("IGMPv2", address(f, at + 4, 4), true);
            case 0x17 -> one("IGMPv2", address(f, at + 4, 4), false);
            case 0x22 -> records("IGMPv3", f, at + 8, u16(f, at + 6), 4);
            default -> Optional.empty();
        };
    }

    private static Optional<Report> mld(byte[] f, int at) {
        int type = f[at] & 0xFF;
        if ((type == 131 || type == 132) && at + 24 <= f.length) {
            return one("MLDv1", address(f, at + 8, 16), type == 131);
        }
        return type == 143 ? records("MLDv2", f, at + 8, u16(f, at + 6), 16) : Optional.empty();
    }

    private static Optional<Report> one(String protocol, InetAddress group, boolean join) {
        return Optional.of(new Report(protocol, List.of(new Change(group, join))));
    }

    /**
     * IGMPv3 and MLDv2 group records: a group is joined when the host wants it from any source
     * (EXCLUDE mode) or from some (INCLUDE or ALLOW with sources), and left when it wants it from none
     * (INCLUDE mode without sources); BLOCK_OLD_SOURCES changes sources only.
     */
    private static Optional<Report> records(String protocol, byte[] f, int at, int count, int length) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count && at + 4 + length <= f.length; i++) {
            int type = f[at] & 0xFF;
            int aux = (f[at + 1] & 0xFF) * 4;
            int sources = u16(f, at + 2);
            InetAddress group = address(f, at + 4, length);
            boolean exclude = type == 2 || type == 4;
            boolean include = type == 1 || type == 3 || type == 5;
            if (exclude || include && sources > 0) {
                changes.add(new Change(group, true));
            } else if (include) {
                changes.add(new Change(group, false));
            }
            at += 4 + length + sources * length + aux;
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Report(protocol, List.copyOf(changes)));
    }

    private static int u16(byte[] f, int at) {
        return (f[at] & 0xFF) << 8 | f[at + 1] & 0xFF;
    }

    private static InetAddress address(byte[] f, int at, int length) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(f, at, at + length));
        } catch (UnknownHostException e) {
            throw NetspecFailure.of("an address of " + length + " bytes was refused by the JDK", e);
        }
    }
}
