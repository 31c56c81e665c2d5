package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A namespace's connection-tracking table, as the kernel hands it over netlink (ctnetlink, the interface
 * {@code conntrack -L} uses), one line per connection in {@code conntrack -L}'s words: protocol, seconds
 * left, TCP state, the original direction, the reply direction (where translation shows), and flags.
 * Netlink needs only CAP_NET_ADMIN over the namespace, so it works as root and rootless alike, where
 * {@code /proc/net/nf_conntrack} is readable by the machine's root only. Must run on a thread inside
 * the namespace ({@link Namespace#call}); bounded.
 */
public final class Conntrack {
    private static final int AF_NETLINK = 16;
    private static final int NETLINK_NETFILTER = 12;
    private static final int NLMSG_ERROR = 2;
    private static final int NLMSG_DONE = 3;
    private static final String[] TCP_STATES = {"NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT",
        "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"};

    private Conntrack() {
    }

    /** Every connection this namespace tracks, at most {@code limit}, waiting at most {@code bound} for the kernel. */
    public static List<String> entries(int limit, Duration bound) {
        int fd = Libc.socket(AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, NETLINK_NETFILTER);
        if (fd < 0) {
            throw NetspecFailure.of("socket(AF_NETLINK, NETLINK_NETFILTER) failed: " + Libc.describe(Libc.errno()));
        }
        try {
            Memory request = new Memory(20);
            request.clear();
            request.setInt(0, 20);
            request.setShort(4, (short) 0x0101);  // NFNL_SUBSYS_CTNETLINK << 8 | IPCTNL_MSG_CT_GET
            request.setShort(6, (short) 0x0301);  // NLM_F_REQUEST | NLM_F_DUMP
            request.setInt(8, 1);                  // sequence; nfgenmsg: every family, version 0
            Memory kernel = new Memory(12);
            kernel.clear();
            kernel.setShort(0, (short) AF_NETLINK);
            if (Libc.sendto(fd, request, 20, 0, kernel, 12) != 20) {
                throw NetspecFailure.of("asking for the connection-tracking table failed: " + Libc.describe(Libc.errno()));
            }
            Probes.timeout(fd, Libc.SO_RCVTIMEO, bound);
            List<String> entries = new ArrayList<>();
            Memory buffer = new Memory(64 * 1024);
            while (true) {
                long n = Libc.recv(fd, buffer, buffer.size(), 0);
                if (n < 0) {
                    throw NetspecFailure.of("reading the connection-tracking table failed: " + Libc.describe(Libc.errno()));
                }
                if (read(buffer.getByteArray(0, (int) n), entries, limit)) {
                    return entries;
                }
            }
        } finally {
            Libc.close(fd);
        }
    }

    /** Reads the netlink messages of one datagram into {@code entries}; true at the end of the dump. */
    static boolean read(byte[] datagram, List<String> entries, int limit) {
        ByteBuffer b = ByteBuffer.wrap(datagram).order(ByteOrder.nativeOrder());
        int at = 0;
        while (at + 16 <= datagram.length) {
            int length = b.getInt(at);
            int type = b.getShort(at + 4) & 0xFFFF;
            if (length < 16 || at + length > datagram.length) {
                return true;
            }
            if (type == NLMSG_DONE) {
                return true;
            }
            if (type == NLMSG_ERROR) {
                int errno = -b.getInt(at + 16);
                if (errno != 0) {
                    throw NetspecFailure.of("the kernel refused the connection-tracking table: " + Libc.describe(errno));
                }
                return true;
            }
            if (entries.size() < limit && length >= 20) {
                entries.add(entry(Arrays.copyOfRange(datagram, at + 16, at + length)));
            }
            at += align(length);
        }
        return false;
    }

    /** One connection: nfgenmsg (its family first), then its attributes. */
    static String entry(byte[] message) {
        int family = message[0] & 0xFF;
        Attributes top = Attributes.of(message, 4, message.length);
        Attributes original = top.nested(1);
        StringBuilder line = new StringBuilder(family == 10 ? "ipv6" : "ipv4");
        int protocol = original.nested(2).u8(1);
        line.append(' ').append(protocol == 6 ? "tcp" : protocol == 17 ? "udp" : protocol == 1 ? "icmp"
                : protocol == 58 ? "icmpv6" : "proto " + protocol).append(' ').append(protocol);
        if (top.has(7)) {
            line.append(' ').append(top.u32(7));
        }
        int state = top.nested(4).nested(1).u8(1);
        if (protocol == 6 && state >= 0 && state < TCP_STATES.length) {
            line.append(' ').append(TCP_STATES[state]);
        }
        tuple(line, original);
        tuple(line, top.nested(2));
        long status = top.has(3) ? top.u32(3) : 0;
        if ((status & 0x4) != 0) {
            line.append(" [ASSURED]");
        }
        if ((status & 0x10) != 0) {
            line.append(" [source translated]");
        }
        if ((status & 0x20) != 0) {
            line.append(" [destination translated]");
        }
        return line.toString();
    }

    private static void tuple(StringBuilder line, Attributes tuple) {
        Attributes ip = tuple.nested(1);
        Attributes proto = tuple.nested(2);
        line.append(" src=").append(address(ip.bytes(1), ip.bytes(3))).append(" dst=").append(address(ip.bytes(2), ip.bytes(4)));
        if (proto.has(2)) {
            line.append(" sport=").append(proto.u16(2)).append(" dport=").append(proto.u16(3));
        } else if (proto.has(5) || proto.has(8)) {
            boolean v6 = proto.has(8);
            line.append(" type=").append(proto.u8(v6 ? 8 : 5)).append(" code=").append(proto.u8(v6 ? 9 : 6))
                    .append(" id=").append(proto.u16(v6 ? 7 : 4));
        }
    }

    /** An address as people write it: IPv6 with its longest run of zero groups as "::" (RFC 5952). */
    static String address(byte[] v4, byte[] v6) {
        if (v4 != null && v4.length == 4) {
            return (v4[0] & 0xFF) + "." + (v4[1] & 0xFF) + "." + (v4[2] & 0xFF) + "." + (v4[3] & 0xFF);
        }
        if (v6 == null || v6.length != 16) {
            return "?";
        }
        int[] groups = new int[8];
        int bestAt = -1;
        int bestLength = 1;
        for (int i = 0, run = 0; i < 8; i++) {
            groups[i] = (v6[2 * i] & 0xFF) << 8 | v6[2 * i + 1] & 0xFF;
            run = groups[i] == 0 ? run + 1 : 0;
            if (run > bestLength) {
                bestLength = run;
                bestAt = i - run + 1;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestAt) {
                text.append("::");
                i += bestLength - 1;
            } else {
                text.append(text.length() == 0 || text.charAt(text.length() - 1) == ':' ? "" : ":").append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }

    static int align(int length) {
        return (length + 3) & ~3;
    }

    /** The netlink attributes of one level: type (flags masked off) to value, first of each type. */
    record Attributes(byte[] data, int[] starts, int[] lengths) {
        static Attributes of(byte[] data, int from, int to) {
            int[] starts = new int[32];
            int[] lengths = new int[32];
            Arrays.fill(starts, -1);
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
            int at = from;
            while (at + 4 <= to) {
                int length = b.getShort(at) & 0xFFFF;
                int type = b.getShort(at + 2) & 0x3FFF;
                if (length < 4 || at + length > to) {
                    break;
                }
                if (type < starts.length && starts[type] < 0) {
                    starts[type] = at + 4;
                    lengths[type] = length - 4;
                }
                at += align(length);
            }
            return new Attributes(data, starts, lengths);
        }

        boolean has(int type) {
            return starts[type] >= 0;
        }

        Attributes nested(int type) {
            return has(type) ? of(data, starts[type], starts[type] + lengths[type]) : of(data, 0, 0);
        }

        byte[] bytes(int type) {
            return has(type) ? Arrays.copyOfRange(data, starts[type], starts[type] + lengths[type]) : null;
        }

        int u8(int type) {
            return has(type) ? data[starts[type]] & 0xFF : -1;
        }

        /** Values inside conntrack attributes are in network byte order. */
        int u16(int type) {
            return has(type) ? (data[starts[type]] & 0xFF) << 8 | data[starts[type] + 1] & 0xFF : -1;
        }

        long u32(int type) {
            return has(type) ? ByteBuffer.wrap(data, starts[type], 4).order(ByteOrder.BIG_ENDIAN).getInt() & 0xFFFF_FFFFL : -1;
        }
    }
}
