package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;

import java.io.IOException;
import java.util.List;

/**
 * An rtnetlink socket ({@code AF_NETLINK}, {@code NETLINK_ROUTE}) of the namespace of the thread that
 * opened it: requests go out in one datagram, and each one's answer (an {@code NLMSG_ERROR} with errno
 * 0 for done) is read back by its sequence number, every read bounded.
 */
final class Rtnetlink implements AutoCloseable {
    private static final int BUFFER = 65_536;

    private final int fd;
    private final Memory answers = new Memory(BUFFER);

    private Rtnetlink(int fd) {
        this.fd = fd;
    }

    static Rtnetlink open(int answerMillis) throws IOException {
        int fd = Libc.socket(Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, Libc.NETLINK_ROUTE);
        if (fd < 0) {
            throw new IOException("socket(AF_NETLINK, NETLINK_ROUTE) failed: " + Libc.describe(Libc.errno()));
        }
        Memory tv = new Memory(16);
        tv.setLong(0, answerMillis / 1000);
        tv.setLong(8, (answerMillis % 1000) * 1000L);
        if (Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, tv, 16) != 0) {
            int errno = Libc.errno();
            Libc.close(fd);
            throw new IOException("setting the receive timeout of a netlink socket failed: " + Libc.describe(errno));
        }
        return new Rtnetlink(fd);
    }

    /**
     * Sends {@code requests} (numbered from {@code firstSequence}) in one datagram and returns each one's
     * errno as the kernel answered it (0: done).
     */
    int[] send(List<byte[]> requests, int firstSequence) throws IOException {
        int length = requests.stream().mapToInt(r -> r.length).sum();
        Memory out = new Memory(length);
        long at = 0;
        for (byte[] r : requests) {
            out.write(at, r, 0, r.length);
            at += r.length;
        }
        Memory kernel = new Memory(12);  // struct sockaddr_nl: AF_NETLINK, port 0 (the kernel), no groups
        kernel.clear();
        kernel.setShort(0, (short) Libc.AF_NETLINK);
        if (Libc.sendto(fd, out, length, 0, kernel, 12) != length) {
            throw new IOException("sending " + requests.size() + " rtnetlink requests failed: " + Libc.describe(Libc.errno()));
        }
        int[] errnos = new int[requests.size()];
        int answered = 0;
        boolean[] seen = new boolean[requests.size()];
        while (answered < requests.size()) {
            long n = Libc.recv(fd, answers, BUFFER, 0);
            if (n < 0) {
                int errno = Libc.errno();
                if (errno == Libc.EINTR) {
                    continue;
                }
                if (errno == Libc.EAGAIN) {
                    throw new IOException("the kernel answered " + answered + " of " + requests.size()
                            + " rtnetlink requests within " + LinkChanges.ANSWER_MILLIS + " ms");
                }
                throw new IOException("waiting for the kernel's answers to " + requests.size() + " rtnetlink requests failed ("
                        + answered + " answered): " + Libc.describe(errno));
            }
            for (long m = 0; m + NetlinkMessage.HEADER <= n; ) {
                int messageLength = answers.getInt(m);
                int sequence = answers.getInt(m + 8) - firstSequence;
                if (messageLength < NetlinkMessage.HEADER) {
                    throw NetspecFailure.of("the kernel sent a netlink message of " + messageLength + " bytes");
                }
                if (answers.getShort(m + 4) == NetlinkMessage.NLMSG_ERROR && sequence >= 0 && sequence < errnos.length
                        && !seen[sequence]) {
                    seen[sequence] = true;
                    errnos[sequence] = -answers.getInt(m + NetlinkMessage.HEADER);
                    answered++;
                }
                m += NetlinkMessage.align(messageLength);
            }
        }
        return errnos;
    }

    @Override
    public void close() {
        Libc.close(fd);
    }
}
