package io.netspec.socket;

import io.netspec.text.Difference;
import io.netspec.text.Payload;

import java.time.Duration;

/**
 * One request and its reply on a stream client, as a round trip is timed: the request sent, then a reply
 * of the length the phrase says taken (the request's own length, or the expected reply's). A reply longer
 * than that (more bytes already there) or shorter (the rest never comes) fails the trip and says which
 * phrase fits, since bytes left over would be counted in the next trip and make every later one wrong.
 */
public final class RequestReply {
    private RequestReply() {
    }

    /** A trip whose reply is as long as its request: an echo, or a service answering in kind ("ping" / "pong"). */
    public static void sameLength(StreamClient client, byte[] request, Duration within) {
        client.send(request);
        byte[] reply;
        try {
            reply = client.receive(request.length, within);
        } catch (SocketExpectationError e) {
            throw new SocketExpectationError(e.getMessage() + "; each trip waits for a reply as long as its request ("
                    + request.length + " bytes), so a service whose reply is shorter never ends a trip: " + hint(client, request), e);
        }
        nothingMore(client, request, reply, "as long as the request (" + request.length + " bytes)");
    }

    /** A trip whose reply must be exactly {@code expected}. */
    public static void expecting(StreamClient client, byte[] request, byte[] expected, Duration within) {
        client.send(request);
        byte[] reply = client.receiveExactly(expected, within);
        nothingMore(client, request, reply, "exactly " + Payload.describe(expected));
    }

    private static void nothingMore(StreamClient client, byte[] request, byte[] reply, String expected) {
        int more = client.awaitBuffered(1, Duration.ZERO);
        if (more == 0) {
            return;
        }
        byte[] surplus = client.receive(more, Duration.ZERO);
        byte[] whole = new byte[reply.length + surplus.length];
        System.arraycopy(reply, 0, whole, 0, reply.length);
        System.arraycopy(surplus, 0, whole, reply.length, surplus.length);
        throw SocketExpectationError.expected(client.describe() + " to get a reply to " + Payload.describe(request)
                + " " + expected, "at least " + whole.length + " bytes came: " + Payload.describe(whole) + "; "
                + Difference.where(reply, whole) + ". The bytes beyond the reply would have been timed as the start of the"
                + " next trip's reply, so no round trip was measured: " + hint(client, request));
    }

    private static String hint(StreamClient client, byte[] request) {
        return "for a service whose reply differs in length from its request, say what it answers: When \""
                + client.name() + "\" measures 20 round trips of \"" + Payload.printable(request) + "\" expecting \"…\"";
    }
}
