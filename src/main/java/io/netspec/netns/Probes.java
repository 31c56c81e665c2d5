package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Two probes whose answer is the kernel's own: an ICMP echo (raw socket, so no ping binary is needed),
 * also with a hop limit, to find the routers on a path as traceroute does, and a TCP connect whose
 * errno is kept as a number. Each must run on a thread inside the namespace
 * it probes from ({@link Namespace#call}); each is bounded.
 */
public final class Probes {
    private static final int ECHO_ID_MASK = 0xFFFF;

    private Probes() {
    }

    /** How one connect ended: errno 0 means connected; {@link #timedOut} means no answer within the bound. */
    public record ConnectOutcome(int errno, Duration took) {
        public boolean connected() {
            return errno == 0;
        }

        public boolean timedOut() {
            return errno == Libc.EINPROGRESS || errno == Libc.EAGAIN;
        }

        /** The OS's own words for it, for messages: "Network is unreachable (errno 101)". */
        public String osWords() {
            return connected() ? "connected" : Libc.describe(errno);
        }
    }

    /** One TCP connect to {@code address:port}, bounded by {@code bound}; the socket is closed again. */
    public static ConnectOutcome connect(InetAddress address, int port, Duration bound) {
        boolean v6 = address instanceof Inet6Address;
        int fd = Libc.socket(v6 ? Libc.AF_INET6 : Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0);
        if (fd < 0) {
            throw NetspecFailure.of("socket() for a TCP probe failed: " + Libc.describe(Libc.errno()));
        }
        long start = System.nanoTime();
        try {
            timeout(fd, Libc.SO_SNDTIMEO, bound);
            Memory sa = sockaddr(address, port);
            int rc = Libc.connect(fd, sa, (int) sa.size());
            int errno = rc == 0 ? 0 : Libc.errno();
            return new ConnectOutcome(errno, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            Libc.close(fd);
        }
    }

    /** What answered one ICMP echo request: the target itself, or a router on the way. */
    public enum Kind {
        /** An echo reply from the address asked. */
        REACHED,
        /** A router's "time exceeded": the request's hop limit ran out there. */
        TIME_EXCEEDED,
        /** A router's or the target's "destination unreachable". */
        UNREACHABLE,
        /** The host's own kernel would not send the request (no route, for one): {@link Answer#from} is null. */
        NOT_SENT
    }

    /**
     * The answer to one ICMP echo request: who sent it, what it was, and after how long; for
     * {@link Kind#NOT_SENT}, the OS's words for why ({@code osWords}), else empty.
     */
    public record Answer(Kind kind, InetAddress from, Duration took, String osWords) {
    }

    /**
     * Sends one ICMP echo request to {@code address} with a hop limit ({@code hopLimit} 0 keeps the
     * system's), and returns the first answer to it within {@code bound}: the echo reply, or a
     * router's time exceeded or destination unreachable quoting this request, or the host's own
     * refusal to send it; null when nothing came.
     */
    public static Answer probe(InetAddress address, int sequence, int hopLimit, Duration bound) {
        boolean v6 = address instanceof Inet6Address;
        int fd = Libc.socket(v6 ? Libc.AF_INET6 : Libc.AF_INET, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC,
                v6 ? Libc.IPPROTO_ICMPV6 : Libc.IPPROTO_ICMP);
        if (fd < 0) {
            throw NetspecFailure.of("socket(SOCK_RAW) for an ICMP echo failed: " + Libc.describe(Libc.errno()));
        }
        try {
            if (hopLimit > 0) {
                hopLimit(fd, v6, hopLimit);
            }
            int id = echoId();
            Memory request = echoRequest(v6, id, sequence);
            Memory to = sockaddr(address, 0);
            long start = System.nanoTime();
            if (Libc.sendto(fd, request, 24, 0, to, (int) to.size()) < 0) {
                return new Answer(Kind.NOT_SENT, null, Duration.ofNanos(System.nanoTime() - start),
                        Libc.describe(Libc.errno()));
            }
            Memory reply = new Memory(2048);
            Memory from = new Memory(28);
            Memory fromLength = new Memory(4);
            long deadline = start + bound.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                timeout(fd, Libc.SO_RCVTIMEO, Duration.ofNanos(left));
                fromLength.setInt(0, (int) from.size());
                long n = Libc.recvfrom(fd, reply, reply.size(), 0, from, fromLength);
                if (n < 0) {
                    int errno = Libc.errno();
                    if (errno == Libc.EAGAIN || errno == Libc.EINTR) {
                        continue;
                    }
                    throw NetspecFailure.of("receiving an answer to an ICMP echo failed: " + Libc.describe(errno));
                }
                Kind kind = answerTo(reply.getByteArray(0, (int) n), v6, id, sequence);
                if (kind != null) {
                    return new Answer(kind, sender(from, v6), Duration.ofNanos(System.nanoTime() - start), "");
                }
            }
        } finally {
            Libc.close(fd);
        }
    }

    /** An identifier for echo requests: this process's, mixed with the time, so two runs do not share one. */
    static int echoId() {
        return (int) (ProcessHandle.current().pid() ^ System.nanoTime()) & ECHO_ID_MASK;
    }

    /** An ICMP (or ICMPv6) echo request of 24 bytes; the kernel fills in the ICMPv6 checksum. */
    static Memory echoRequest(boolean v6, int id, int sequence) {
        Memory request = new Memory(24);
        request.clear();
        request.setByte(0, (byte) (v6 ? 128 : 8));
        request.setShort(4, Short.reverseBytes((short) id));
        request.setShort(6, Short.reverseBytes((short) sequence));
        request.setLong(8, System.nanoTime());
        if (!v6) {
            request.setShort(2, checksum(request.getByteArray(0, 24)));
        }
        return request;
    }

    /**
     * What {@code packet} (an IPv4 packet with its header, or an ICMPv6 message without one, as raw
     * sockets give them) says about the echo request {@code id}/{@code sequence}, or null when it is
     * about something else. An error message quotes the start of the request it is about.
     */
    static Kind answerTo(byte[] packet, boolean v6, int id, int sequence) {
        int at = v6 ? 0 : (packet[0] & 0x0F) * 4;
        if (packet.length < at + 8) {
            return null;
        }
        int type = packet[at] & 0xFF;
        if (type == (v6 ? 129 : 0)) {
            return echoIs(packet, at, id, sequence) ? Kind.REACHED : null;
        }
        Kind kind = type == (v6 ? 3 : 11) ? Kind.TIME_EXCEEDED : type == (v6 ? 1 : 3) ? Kind.UNREACHABLE : null;
        if (kind == null) {
            return null;
        }
        int quoted = at + 8;  // the quoted request's IP header, then its ICMP header
        if (packet.length < quoted + 1) {
            return null;
        }
        int request = quoted + (v6 ? 40 : (packet[quoted] & 0x0F) * 4);
        return packet.length >= request + 8 && (packet[request] & 0xFF) == (v6 ? 128 : 8)
                && echoIs(packet, request, id, sequence) ? kind : null;
    }

    private static boolean echoIs(byte[] packet, int at, int id, int sequence) {
        int gotId = ((packet[at + 4] & 0xFF) << 8) | (packet[at + 5] & 0xFF);
        int gotSequence = ((packet[at + 6] & 0xFF) << 8) | (packet[at + 7] & 0xFF);
        return gotId == (id & ECHO_ID_MASK) && gotSequence == (sequence & 0xFFFF);
    }

    private static void hopLimit(int fd, boolean v6, int hops) {
        Memory value = new Memory(4);
        value.setInt(0, hops);
        if (Libc.setsockopt(fd, v6 ? Libc.IPPROTO_IPV6 : Libc.IPPROTO_IP, v6 ? Libc.IPV6_UNICAST_HOPS : Libc.IP_TTL,
                value, 4) != 0) {
            throw NetspecFailure.of("setting the hop limit of an ICMP echo to " + hops + " failed: "
                    + Libc.describe(Libc.errno()));
        }
    }

    static InetAddress sender(Memory from, boolean v6) {
        try {
            return InetAddress.getByAddress(from.getByteArray(v6 ? 8 : 4, v6 ? 16 : 4));
        } catch (java.net.UnknownHostException e) {
            throw NetspecFailure.of("the kernel gave an address of the wrong length", e);
        }
    }

    static void timeout(int fd, int option, Duration bound) {
        Memory tv = new Memory(16);
        long micros = Math.max(1, bound.toNanos() / 1000);
        tv.setLong(0, micros / 1_000_000);
        tv.setLong(8, micros % 1_000_000);
        if (Libc.setsockopt(fd, Libc.SOL_SOCKET, option, tv, 16) != 0) {
            throw NetspecFailure.of("setsockopt(" + option + ") failed: " + Libc.describe(Libc.errno()));
        }
    }

    static Memory sockaddr(InetAddress address, int port) {
        byte[] raw = address.getAddress();
        boolean v6 = raw.length == 16;
        Memory sa = new Memory(v6 ? 28 : 16);
        sa.clear();
        sa.setShort(0, (short) (v6 ? Libc.AF_INET6 : Libc.AF_INET));
        sa.setShort(2, Short.reverseBytes((short) port));
        sa.write(v6 ? 8 : 4, raw, 0, raw.length);
        return sa;
    }

    /** The Internet checksum (RFC 1071) of {@code bytes}, in the byte order it is stored. */
    static short checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            sum += ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
        }
        if ((bytes.length & 1) == 1) {
            sum += (bytes[bytes.length - 1] & 0xFF) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return Short.reverseBytes((short) ~sum);
    }
}
