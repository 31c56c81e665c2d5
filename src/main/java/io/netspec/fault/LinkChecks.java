package io.netspec.fault;

import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.socket.PeerEnd;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.StreamClient;
import io.netspec.socket.Target;
import io.netspec.text.Durations;

import java.time.Duration;

/**
 * What a scenario expects of its Toxiproxy links: back up by themselves, up again after a retrying client, and
 * a connection through one ended as the toxics say (reset, or closed cleanly).
 */
public final class LinkChecks {
    private LinkChecks() {
    }

    /**
     * Waits (at most {@code within}) for a link taken down for a while to come back up; returns the line a
     * report logs. A link down with no end set will not: that is the scenario's mistake, said with the fix.
     */
    public static String backUpWithin(String name, Link link, Duration within) {
        link.awaitUp(within);
        if (link.isDown()) {
            throw NetspecFailure.of("the link \"" + name + "\" is down with no end set, so it will not come back"
                    + " up by itself; take it down for a while (When the link \"" + name + "\" goes down for 1 s)"
                    + " or bring it up (When the link \"" + name + "\" comes back up)");
        }
        return "the link \"" + name + "\" is up";
    }

    /**
     * Sends {@code count} requests to {@code target} with the reference retrying client, attaches its report,
     * and, when the target is a link that went down meanwhile, waits (at most {@code wait}) for it to be up.
     */
    public static void retrying(Target target, int count, Duration within, Duration wait, Evidence evidence) {
        try (RetryingClient client = RetryingClient.to(target)) {
            RetryingClient.Report report = client.send(count, within);
            evidence.attach("retrying client", report.describe());
        }
        if (target instanceof Link link) {
            link.awaitUp(wait);
        }
    }

    /**
     * Waits (at most {@code within}) for the connection of {@code client} to end, attaches how and when, and fails
     * unless it ended as {@code expected}.
     */
    public static void expectEnd(String name, StreamClient client, PeerEnd expected, Duration within,
                                 Evidence evidence) {
        long start = System.nanoTime();
        PeerEnd seen = client.awaitPeerEnd(within);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // The end may have come before this step: the time says when the step knew, the transcript when it came.
        String when = Durations.format(took) + " after this step began to wait";
        evidence.attach("how the connection of \"" + name + "\" ended", seen.words() + ", known " + when
                + "\n" + client.transcript().text());
        if (seen != expected) {
            throw SocketExpectationError.expected("\"" + name + "\" to see the connection " + expected.words()
                    + " within " + Durations.format(within), "it was " + seen.words() + ", known " + when
                    + " (the transcript attached says when it came)");
        }
    }

    /** Fails with the first datagram the UDP link {@code relay} could not pass on, if any; attaches its counts. */
    public static void passedOnEvery(String name, UdpRelay relay, Evidence evidence) {
        relay.failure().ifPresent(f -> {
            throw ExpectationFailure.of(f);
        });
        evidence.attach("UDP link \"" + name + "\"", relay.counts());
    }
}
