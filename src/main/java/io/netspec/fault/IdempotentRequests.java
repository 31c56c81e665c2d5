package io.netspec.fault;

import io.netspec.socket.Behaviour;
import io.netspec.socket.ServerConnection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The server side of the reference retrying protocol: lines {@code REQ <id>}, each answered
 * {@code ACK <id>}. A request id seen before is acknowledged again but not processed again, so a
 * client may resend as often as it must; the counts show every id was processed exactly once.
 */
public final class IdempotentRequests implements Behaviour {
    private final Map<Integer, StringBuilder> partial = new ConcurrentHashMap<>();
    private final Map<Long, Integer> deliveries = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> processed = new ConcurrentHashMap<>();

    @Override
    public void data(ServerConnection connection, ByteBuffer data) throws IOException {
        StringBuilder line = partial.computeIfAbsent(connection.number(), n -> new StringBuilder());
        String text = StandardCharsets.US_ASCII.decode(data).toString();
        for (char c : text.toCharArray()) {
            if (c != '\n') {
                line.append(c);
                continue;
            }
            String request = line.toString().strip();
            line.setLength(0);
            if (!request.startsWith("REQ ")) {
                connection.write(("ERR expected \"REQ <id>\", got \"" + request + "\"\n").getBytes(StandardCharsets.US_ASCII));
                continue;
            }
            long id = Long.parseLong(request.substring(4).strip());
            deliveries.merge(id, 1, Integer::sum);
            processed.putIfAbsent(id, Boolean.TRUE);
            connection.write(("ACK " + id + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** How many distinct requests were processed (each at most once, by construction). */
    public long processed() {
        return processed.size();
    }

    /** How often each id arrived, retries included. */
    public Map<Long, Integer> deliveries() {
        return new TreeMap<>(deliveries);
    }

    /** The ids below {@code count} that never arrived, the first {@code limit} of them, comma-separated; empty when none. */
    public String neverReceived(long count, int limit) {
        return LongStream.range(0, count).filter(id -> !deliveries.containsKey(id)).limit(limit)
                .mapToObj(Long::toString).collect(Collectors.joining(", "));
    }

    public long resent() {
        return deliveries.values().stream().mapToLong(v -> v - 1L).sum();
    }

    @Override
    public String describe() {
        return "idempotent requests";
    }
}
