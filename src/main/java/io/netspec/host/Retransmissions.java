package io.netspec.host;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpClient;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * The kernel's counts of retransmissions, checked against "at least N": one connection's (TCP_INFO, read
 * while it is open, or as it was when a step closed it) and a whole host's (RetransSegs). A count below N
 * is read again until the wait ends, since the kernel may retransmit a moment later.
 */
public final class Retransmissions {
    private static final Duration POLL = Duration.ofMillis(50);

    private Retransmissions() {
    }

    /** Checks that the client {@code name} retransmitted at least {@code least} segments; logs the count. */
    public static void ofClient(String name, TcpClient client, int least, Duration wait, Consumer<String> log) {
        if (!(client.place() instanceof Host host)) {
            throw ScenarioError.of("\"" + name + "\" is not on a host (it connected from " + Hosts.show(client.localAddress())
                    + "); the kernel's count is read inside the host's namespace: Given a TCP client \"" + name
                    + "\" on host \"web\" connected to ...");
        }
        String connection = Hosts.show(client.localAddress()) + " -> " + Hosts.show(client.remoteAddress());
        long seen = atLeast(least, client.isClosed() ? Duration.ZERO : wait, log, () -> {
            OptionalLong count = client.retransmitted();
            if (count.isEmpty()) {
                throw ExpectationFailure.of("expected \"" + name + "\" to have retransmitted at least " + least
                        + " segment(s), but host \"" + host.name() + "\" has no TCP connection " + connection + " any"
                        + " more: it ended before its count was read (reset, or closed other than by a step)");
            }
            return count.getAsLong();
        });
        log.accept("\"" + name + "\" retransmitted " + seen + " segment(s) (TCP_INFO, as ss -ti shows it inside host \""
                + host.name() + "\"" + (client.isClosed() ? ", read when the connection was closed" : "") + ")");
        if (seen < least) {
            throw ExpectationFailure.of("expected \"" + name + "\" to have retransmitted at least " + least + " segment(s),"
                    + " but the kernel of host \"" + host.name() + "\" counts " + seen + " for " + connection);
        }
    }

    /** Checks that host {@code host} sent at least {@code least} TCP retransmissions; logs the count. */
    public static void ofHost(Host host, int least, Duration wait, Consumer<String> log) {
        long seen = atLeast(least, wait, log, () -> KernelCounters.counter(host, "Tcp.RetransSegs"));
        log.accept("host \"" + host.name() + "\" sent " + seen + " TCP retransmission(s) (RetransSegs of its /proc/net/snmp)");
        if (seen < least) {
            throw ExpectationFailure.of("expected host \"" + host.name() + "\" to have sent at least " + least + " TCP"
                    + " retransmission(s), but its own counter (Tcp RetransSegs in /proc/net/snmp) says " + seen);
        }
    }

    /** Reads the count until it is at least {@code least} or {@code wait} has passed; returns the last reading. */
    static long atLeast(long least, Duration wait, Consumer<String> log, Callable<Long> read) {
        long[] last = {-1};
        try {
            last[0] = read.call();
            if (last[0] < least && !wait.isZero()) {
                await("a count of at least " + least).atMost(wait).pollInterval(POLL)
                        .until(() -> (last[0] = read.call()) >= least);
            }
        } catch (ConditionTimeoutException e) {
            log.accept("the count stayed at " + last[0] + " for " + Durations.format(wait));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading a count failed: " + e, e);
        }
        return last[0];
    }
}
