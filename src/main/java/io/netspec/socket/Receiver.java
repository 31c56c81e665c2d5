package io.netspec.socket;

import io.netspec.text.Difference;
import io.netspec.text.Durations;
import io.netspec.text.Payload;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The receiving side of a stream client: takes bytes from its {@link Inbox} as a step asks for them
 * (a count, exact bytes, a reply that matches, silence), notes them in the transcript, and fails
 * showing what did arrive and how the peer's side stands. Guarded by its client's lock.
 */
final class Receiver {
    private final String owner;
    private final Inbox inbox;
    private final StreamLedger received;
    private final Transcript transcript;
    private List<Integer> latestReads = List.of();

    Receiver(String owner, Inbox inbox, StreamLedger received, Transcript transcript) {
        this.owner = owner;
        this.inbox = inbox;
        this.received = received;
        this.transcript = transcript;
    }

    byte[] receive(int count, Duration within) {
        inbox.await(count, System.nanoTime() + within.toNanos());
        if (inbox.held() < count) {
            throw SocketExpectationError.expected(owner + " to receive " + count + " bytes within "
                    + Durations.format(within), inbox.seen() + inbox.ending());
        }
        return taken("received", inbox.take(count));
    }

    byte[] receiveExactly(byte[] expected, Duration within) {
        byte[] got;
        try {
            got = receive(expected.length, within);
        } catch (SocketExpectationError e) {
            throw SocketExpectationError.expected(owner + " to receive " + Payload.describe(expected)
                    + " within " + Durations.format(within), inbox.seen() + inbox.ending());
        }
        if (!Arrays.equals(got, expected)) {
            throw SocketExpectationError.expected(owner + " to receive " + Payload.describe(expected),
                    "it received " + Payload.describe(got) + "; " + Difference.where(expected, got));
        }
        return got;
    }

    byte[] receiveMatching(ReplyMatch match, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            byte[] held = inbox.peek();
            int take = match.find(held);
            if (take >= 0) {
                return taken("received " + match.expectation() + ":", inbox.take(take));
            }
            if (take == ReplyMatch.NEVER || inbox.ended() || deadline - System.nanoTime() <= 0) {
                String why = match.mismatch(held);
                throw SocketExpectationError.expected(owner + " to receive " + match.expectation()
                        + (take == ReplyMatch.NEVER ? "" : " within " + Durations.format(within)),
                        inbox.seen() + (why.isEmpty() ? "" : "; " + why) + inbox.ending());
            }
            inbox.await(held.length + 1L, deadline);
        }
    }

    void receiveNothing(Duration within) {
        inbox.await(1, System.nanoTime() + within.toNanos());
        if (inbox.held() > 0) {
            throw SocketExpectationError.expected(owner + " to receive nothing for " + Durations.format(within),
                    inbox.seen());
        }
        transcript.event("received nothing for " + Durations.format(within) + inbox.ending());
    }

    /** The reads that brought in the bytes of the latest receive (it may have used bytes already read earlier). */
    List<Integer> latestReads() {
        return latestReads;
    }

    private byte[] taken(String note, byte[] got) {
        latestReads = received.readsSinceMark();
        if (!transcript.isFull()) {
            transcript.note(note, Arrays.copyOf(got, Math.min(got.length, Payload.PREVIEW_BYTES)), got.length);
        }
        return got;
    }
}
