package io.netspec.fault;

import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.TcpServer;

import java.util.List;
import java.util.function.LongSupplier;

/** What the reference protocols delivered: each request processed exactly once, each message once and in order. */
public final class DeliveryChecks {
    private DeliveryChecks() {
    }

    /** Fails unless the idempotent request server {@code name} processed each of {@code count} requests exactly once. */
    public static void processedOnce(String name, TcpServer server, int count, Evidence evidence) {
        if (!(server.behaviour() instanceof IdempotentRequests requests)) {
            throw ScenarioError.of("\"" + name + "\" is a " + server.behaviour().describe()
                    + " server; expected an idempotent request server");
        }
        evidence.attach("requests at \"" + name + "\"", requests.processed() + " processed, " + requests.resent()
                + " resent copies acknowledged without processing again");
        String missing = requests.neverReceived(count, 20);
        if (requests.processed() != count || !missing.isEmpty()) {
            throw ExpectationFailure.expected("\"" + name + "\" to have processed each of the " + count
                    + " requests exactly once", "it processed " + requests.processed()
                    + (missing.isEmpty() ? "" : "; never received: " + missing));
        }
    }

    /**
     * Fails unless the reliable-delivery receiver {@code name} delivered messages 0 to {@code count - 1} exactly
     * once and in order; attaches what it got beside the counts of the UDP links in front of it. {@code seed}
     * is asked for only on failure.
     */
    public static void deliveredInOrder(String name, ReliableReceiver receiver, int count, List<UdpRelay> relays,
                                        LongSupplier seed, Evidence evidence) {
        List<byte[]> got = receiver.delivered();
        StringBuilder counts = new StringBuilder();
        for (UdpRelay r : relays) {
            counts.append("\n").append(r.counts());
        }
        evidence.attach("reliable-delivery receiver \"" + name + "\"", got.size() + " messages delivered from "
                + receiver.datagrams() + " DATA datagrams (" + receiver.copies() + " copies dropped)" + counts);
        String wrong = receiver.wrongPositions(count);
        if (got.size() != count || !wrong.isEmpty()) {
            throw ExpectationFailure.expected("\"" + name + "\" to deliver messages 0 to " + (count - 1)
                    + " exactly once and in order", "it delivered " + got.size() + wrong
                    + receiver.failure().map(f -> "; " + f).orElse("") + " (seed " + seed.getAsLong() + ")");
        }
    }
}
