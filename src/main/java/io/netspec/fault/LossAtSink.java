package io.netspec.fault;

import io.netspec.core.Evidence;
import io.netspec.measure.Loss;
import io.netspec.socket.DatagramLedger;
import io.netspec.socket.UdpServer;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * Loss at a UDP sink: what the UDP links in front of it took in, against what it received. Without
 * a link, sent is the highest sequence number seen plus one.
 */
public final class LossAtSink {
    /** How many default waits the count may take while the sink keeps making progress. */
    private static final int ROUNDS = 5;

    private LossAtSink() {
    }

    /**
     * Waits for what the links passed on to land: one {@code wait} at a time, for as long as the sink
     * keeps making progress (at most five), so a busy machine delays the count but cannot skew it.
     * Each wait that runs out is told to {@code log}.
     */
    public static Loss count(String name, UdpServer sink, List<UdpRelay> relays, Duration wait, Consumer<String> log) {
        for (int round = 0; round < ROUNDS; round++) {
            long before = sink.ledger().snapshot().received();
            try {
                await("\"" + name + "\" to receive what its UDP links passed on").atMost(wait)
                        .pollInterval(Duration.ofMillis(10))
                        .until(() -> landed(sink, relays));
                break;
            } catch (ConditionTimeoutException e) {
                long after = sink.ledger().snapshot().received();
                log.accept("after " + Durations.format(wait) + " \"" + name + "\" had " + after
                        + " datagrams of the " + passedOn(relays) + " its UDP links passed on"
                        + (after > before ? "; still arriving, waiting on" : ""));
                if (after == before) {
                    break;
                }
            }
        }
        DatagramLedger.Snapshot s = sink.ledger().snapshot();
        long sent = relays.isEmpty() ? s.highest() + 1 : relays.stream().mapToLong(UdpRelay::receivedFromClients).sum();
        return new Loss(name, sent, s.distinct(), s.duplicates(), s.outOfOrder());
    }

    /** {@link #count} with the waits told to {@code evidence}'s log, and the loss attached to it as a table. */
    public static Loss countAndAttach(String name, UdpServer sink, List<UdpRelay> relays, Duration wait, Evidence evidence) {
        Loss loss = count(name, sink, relays, wait, evidence::log);
        evidence.attach("loss at \"" + name + "\"", loss.table());
        return loss;
    }

    private static boolean landed(UdpServer sink, List<UdpRelay> relays) {
        boolean relaysDone = relays.stream().allMatch(r -> r.sentToTarget() + r.lostTowardsTarget()
                == r.receivedFromClients() + r.duplicatedTowardsTarget());
        return relaysDone && sink.ledger().snapshot().received() >= passedOn(relays);
    }

    private static long passedOn(List<UdpRelay> relays) {
        return relays.stream().mapToLong(UdpRelay::sentToTarget).sum();
    }
}
