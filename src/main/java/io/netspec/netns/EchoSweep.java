package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ICMP echo requests from many namespaces at once, their answers awaited together: each request is sent
 * from a raw socket made inside its namespace (a short piece of work there, so a socket stays in it),
 * then one thread waits in {@code poll} on all the sockets until each has its answer (the echo reply, a
 * router's error quoting it, or the host's own refusal to send) or the wait is over. A thousand hosts
 * probe in one wait, not one after another; at most {@link #AT_ONCE} sockets are open at a time.
 */
public final class EchoSweep {
    /** Echo requests in flight at once: each holds a socket until it is answered or the wait ends. */
    static final int AT_ONCE = 1024;
    private static final Duration OPEN_BOUND = Duration.ofSeconds(5);

    /** One echo request to send: from inside {@code from}, to {@code to}. */
    public record Probe(Namespace from, InetAddress to) {
    }

    private record Sent(int fd, boolean v6, int id, int sequence, long nanos, Probes.Answer refused) {
    }

    private EchoSweep() {
    }

    /**
     * Sends every probe's echo request (sequence numbers from {@code firstSequence} on, one each) and
     * returns each one's first answer within {@code wait}, in the order of the probes; null where none came.
     */
    public static List<Probes.Answer> run(List<Probe> probes, int firstSequence, Duration wait) throws IOException {
        List<Probes.Answer> answers = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += AT_ONCE) {
            List<Probe> some = probes.subList(from, Math.min(probes.size(), from + AT_ONCE));
            answers.addAll(round(some, firstSequence + from, wait));
        }
        return answers;
    }

    private static List<Probes.Answer> round(List<Probe> probes, int firstSequence, Duration wait) throws IOException {
        Sent[] sent = new Sent[probes.size()];
        Probes.Answer[] answers = new Probes.Answer[probes.size()];
        try {
            for (int i = 0; i < sent.length; i++) {
                Probe p = probes.get(i);
                int sequence = (firstSequence + i) & 0xFFFF;
                sent[i] = p.from().call(() -> send(p.to(), sequence), OPEN_BOUND);
                answers[i] = sent[i].refused();
            }
            awaitAnswers(sent, answers, System.nanoTime() + wait.toNanos());
        } finally {
            for (Sent s : sent) {
                if (s != null && s.fd() >= 0) {
                    Libc.close(s.fd());
                }
            }
        }
        return Arrays.asList(answers);
    }

    /** Runs inside the probe's namespace: a non-blocking raw socket there, and the request sent from it. */
    private static Sent send(InetAddress to, int sequence) {
        boolean v6 = to instanceof Inet6Address;
        int fd = Libc.socket(v6 ? Libc.AF_INET6 : Libc.AF_INET, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC | Libc.SOCK_NONBLOCK,
                v6 ? Libc.IPPROTO_ICMPV6 : Libc.IPPROTO_ICMP);
        if (fd < 0) {
            throw NetspecFailure.of("socket(SOCK_RAW) for an ICMP echo failed: " + Libc.describe(Libc.errno()));
        }
        int id = Probes.echoId();
        Memory address = Probes.sockaddr(to, 0);
        long start = System.nanoTime();
        if (Libc.sendto(fd, Probes.echoRequest(v6, id, sequence), 24, 0, address, (int) address.size()) < 0) {
            int errno = Libc.errno();
            return new Sent(fd, v6, id, sequence, start, new Probes.Answer(Probes.Kind.NOT_SENT, null,
                    Duration.ofNanos(System.nanoTime() - start), Libc.describe(errno)));
        }
        return new Sent(fd, v6, id, sequence, start, null);
    }

    /** Polls every socket still without an answer until each has one or {@code deadline} passes. */
    private static void awaitAnswers(Sent[] sent, Probes.Answer[] answers, long deadline) {
        Memory reply = new Memory(2048);
        Memory from = new Memory(28);
        Memory fromLength = new Memory(4);
        Memory pollFds = new Memory(8L * sent.length);
        int[] which = new int[sent.length];
        while (true) {
            int open = 0;
            for (int i = 0; i < sent.length; i++) {
                if (answers[i] == null) {
                    pollFds.setInt(8L * open, sent[i].fd());
                    pollFds.setInt(8L * open + 4, Libc.POLLIN);  // events, and revents cleared
                    which[open++] = i;
                }
            }
            long left = deadline - System.nanoTime();
            if (open == 0 || left <= 0) {
                return;
            }
            int ready = Libc.poll(pollFds, open, (int) Math.max(1, left / 1_000_000));
            if (ready < 0 && Libc.errno() != Libc.EINTR) {
                throw NetspecFailure.of("waiting for answers to ICMP echoes failed: " + Libc.describe(Libc.errno()));
            }
            for (int k = 0; k < open && ready > 0; k++) {
                if ((pollFds.getShort(8L * k + 6) & Libc.POLLIN) != 0) {
                    int i = which[k];
                    answers[i] = read(sent[i], reply, from, fromLength);
                }
            }
        }
    }

    /** Every datagram waiting on one socket; the answer to its own request if one of them is. */
    private static Probes.Answer read(Sent s, Memory reply, Memory from, Memory fromLength) {
        while (true) {
            fromLength.setInt(0, (int) from.size());
            long n = Libc.recvfrom(s.fd(), reply, reply.size(), 0, from, fromLength);
            if (n < 0) {
                int errno = Libc.errno();
                if (errno == Libc.EAGAIN) {
                    return null;
                }
                if (errno != Libc.EINTR) {
                    throw NetspecFailure.of("receiving an answer to an ICMP echo failed: " + Libc.describe(errno));
                }
                continue;
            }
            Probes.Kind kind = Probes.answerTo(reply.getByteArray(0, (int) n), s.v6(), s.id(), s.sequence());
            if (kind != null) {
                return new Probes.Answer(kind, Probes.sender(from, s.v6()), Duration.ofNanos(System.nanoTime() - s.nanos()), "");
            }
        }
    }
}
