package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Two probes whose answer is the kernel's own: an ICMP echo (raw socket, so no ping binary is needed)
 * and a TCP connect whose errno is kept as a number. Each must run on a thread inside the namespace
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

    /** Sends one ICMP echo request to {@code address}; the round trip when an echo reply came within {@code bound}. */
    public static Duration echo(InetAddress address, int sequence, Duration bound) {
        boolean v6 = address instanceof Inet6Address;
        int fd = Libc.socket(v6 ? Libc.AF_INET6 : Libc.AF_INET, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC,
                v6 ? Libc.IPPROTO_ICMPV6 : Libc.IPPROTO_ICMP);
        if (fd < 0) {
            throw NetspecFailure.of("socket(SOCK_RAW) for an ICMP echo failed: " + Libc.describe(Libc.errno()));
        }
        try {
            int id = (int) (ProcessHandle.current().pid() ^ System.nanoTime()) & ECHO_ID_MASK;
            Memory request = new Memory(24);
            request.clear();
            request.setByte(0, (byte) (v6 ? 128 : 8));
            request.setShort(4, Short.reverseBytes((short) id));
            request.setShort(6, Short.reverseBytes((short) sequence));
            request.setLong(8, System.nanoTime());
            if (!v6) {
                request.setShort(2, checksum(request.getByteArray(0, 24)));
            }
            Memory to = sockaddr(address, 0);
            long start = System.nanoTime();
            if (Libc.sendto(fd, request, 24, 0, to, (int) to.size()) < 0) {
                return null;
            }
            Memory reply = new Memory(2048);
            long deadline = start + bound.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                timeout(fd, Libc.SO_RCVTIMEO, Duration.ofNanos(left));
                long n = Libc.recv(fd, reply, reply.size(), 0);
                if (n < 0) {
                    int errno = Libc.errno();
                    if (errno == Libc.EAGAIN || errno == Libc.EINTR) {
                        continue;
                    }
                    throw NetspecFailure.of("receiving an ICMP echo reply failed: " + Libc.describe(errno));
                }
                int at = v6 ? 0 : (reply.getByte(0) & 0x0F) * 4;
                if (n >= at + 8 && (reply.getByte(at) & 0xFF) == (v6 ? 129 : 0)
                        && (Short.reverseBytes(reply.getShort(at + 4)) & ECHO_ID_MASK) == id
                        && (Short.reverseBytes(reply.getShort(at + 6)) & 0xFFFF) == (sequence & 0xFFFF)) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            }
        } finally {
            Libc.close(fd);
        }
    }

    private static void timeout(int fd, int option, Duration bound) {
        Memory tv = new Memory(16);
        long micros = Math.max(1, bound.toNanos() / 1000);
        tv.setLong(0, micros / 1_000_000);
        tv.setLong(8, micros % 1_000_000);
        if (Libc.setsockopt(fd, Libc.SOL_SOCKET, option, tv, 16) != 0) {
            throw NetspecFailure.of("setsockopt(" + option + ") failed: " + Libc.describe(Libc.errno()));
        }
    }

    private static Memory sockaddr(InetAddress address, int port) {
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
