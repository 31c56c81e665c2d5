package io.netspec.socket;

import io.netspec.core.Evidence;
import io.netspec.text.Size;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import static org.awaitility.Awaitility.await;

/**
 * What a stream client or server did, checked: a send the peer refused, silence, the reads a transfer took,
 * and the system calls it went through (or did not). What each saw is attached or logged.
 */
public final class StreamChecks {
    private StreamChecks() {
    }

    /**
     * Fails unless sending {@code size} of random data fails because the peer closed or reset the connection
     * (an error from the OS), within {@code wait}; a send that ran out of time is a peer not reading, no refusal.
     */
    public static void cannotSend(String name, StreamClient client, Size size, RandomGenerator random, Duration wait,
                                  Evidence evidence) {
        try {
            client.sendRandom(size.bytes(), random, wait);
        } catch (SocketExpectationError e) {
            evidence.attach("why \"" + name + "\" could not send " + size, e.getMessage());
            if (!(e.getCause() instanceof IOException)) {
                // Out of time without an error from the OS: the peer is open but not reading, which is not a refusal.
                throw new SocketExpectationError("expected " + client.describe() + " to be unable to send " + size + " to "
                        + client.target().describe() + " because the peer closed or reset the connection, but the OS"
                        + " reported no error: " + e.getMessage(), e);
            }
            return;
        }
        throw SocketExpectationError.expected(client.describe() + " to fail sending " + size + " to "
                + client.target().describe(), "all " + size + " left");
    }

    /** Fails when anything arrives at {@code client} for {@code duration}; says so when the peer had closed. */
    public static void receivesNothing(String name, StreamClient client, Duration duration, Evidence evidence) {
        client.receiveNothing(duration);
        if (client.peerClosed()) {
            // Nothing more can come once the peer has closed, so the step did not need to wait out its time.
            evidence.log("\"" + name + "\" received nothing: the peer has closed the connection"
                    + " (to tell a silent peer from a closed one, add: Then \"" + name + "\" sees the connection closed within …)");
        }
    }

    /**
     * Fails unless the latest transfer of {@code observed} took exactly {@code reads} reads ({@code moreThan}: more
     * than that); the reads are attached.
     */
    public static void reads(String name, Observed observed, List<StreamClient> clients, int reads, boolean moreThan,
                             Duration wait, Evidence evidence) {
        List<Integer> sizes = observed.settledReads((server, peer) -> clients.stream()
                .filter(c -> c.target().address().equals(server) && c.localAddress().equals(peer))
                .mapToLong(StreamClient::bytesSent).findFirst(), wait);
        evidence.attach("read sizes of \"" + name + "\"", sizes.size() + " reads (bytes each): " + sizes);
        if (moreThan ? sizes.size() <= reads : sizes.size() != reads) {
            throw SocketExpectationError.expected("\"" + name + "\" to have " + (moreThan ? "needed more than " + reads
                    + " reads" : "read it in " + reads + " read(s)"), "it took " + sizes.size() + ": " + readSizes(sizes));
        }
    }

    /** Up to 20 read sizes, and how many more there were. */
    public static String readSizes(List<Integer> reads) {
        if (reads.size() <= 20) {
            return reads.toString();
        }
        return reads.subList(0, 20).toString().replace("]", ", … " + (reads.size() - 20) + " more]");
    }

    /**
     * Fails unless {@code name} went through the system calls {@code callsText}, in order; the calls get
     * {@code wait} to complete, as a server records its calls on its own thread.
     */
    public static void wentThrough(String name, String callsText, Supplier<List<String>> calls, Duration wait,
                                   Evidence evidence) {
        List<String> expected = SystemCalls.parse(callsText);
        List<String> made;
        try {
            made = await("\"" + name + "\" going through " + callsText).atMost(wait)
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(calls::get, c -> SystemCalls.firstMissing(c, expected) == null);
        } catch (ConditionTimeoutException e) {
            made = calls.get(); // the failure below names what is missing from the calls as they are now
        }
        String missing = SystemCalls.firstMissing(made, expected);
        evidence.attach("system calls of \"" + name + "\"", String.join(", ", made));
        if (missing != null) {
            throw SocketExpectationError.expected("\"" + name + "\" to have gone through " + callsText, "\"" + missing
                    + "\" is missing or out of order in what it did: " + String.join(", ", made));
        }
    }

    /** Fails when {@code calls} include {@code call}. */
    public static void didNotCall(String name, String call, List<String> calls) {
        if (calls.contains(call)) {
            throw SocketExpectationError.expected("\"" + name + "\" not to call " + call, "it did: "
                    + String.join(", ", calls));
        }
    }
}
