package io.netspec.fault;

import io.netspec.core.NetspecFailure;
import io.netspec.socket.Target;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The reference retrying client: sends numbered requests ({@code REQ <id>}) and waits for each
 * acknowledgement; on any failure (refused, reset, silence) it closes, backs off exponentially
 * (bounded), reconnects and sends the same id again. Ids make resending safe: the server
 * ({@link IdempotentRequests}) processes each id once. A connection carries a few requests only,
 * so link faults that strike new connections are met often.
 */
public final class RetryingClient implements AutoCloseable {
    /** How a run went: requests acknowledged, attempts that failed, connections made, time taken. */
    public record Report(int acknowledged, int failedAttempts, int connections, Duration elapsed, List<String> failures) {
        public String describe() {
            return acknowledged + " requests acknowledged in " + elapsed.toMillis() + " ms over " + connections
                    + " connections; " + failedAttempts + " attempts failed" + (failures.isEmpty() ? ""
                    : ", first ones: " + String.join("; ", failures));
        }
    }

    private final Target target;
    private final Duration answerTimeout;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final int requestsPerConnection;
    private final CountDownLatch closed = new CountDownLatch(1);

    public RetryingClient(Target target, Duration answerTimeout, Duration firstBackoff, Duration maxBackoff,
                          int requestsPerConnection) {
        this.target = target;
        this.answerTimeout = answerTimeout;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.requestsPerConnection = requestsPerConnection;
    }

    /** A client with the defaults the scenarios use: 500 ms per answer, backoff 10 ms doubling up to 200 ms. */
    public static RetryingClient to(Target target) {
        return new RetryingClient(target, Duration.ofMillis(500), Duration.ofMillis(10), Duration.ofMillis(200), 10);
    }

    /** Sends requests 0 to {@code count - 1}, each until acknowledged, giving up after {@code within} in all. */
    public Report send(int count, Duration within) {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        int failed = 0;
        int connections = 0;
        List<String> failures = new ArrayList<>();
        Duration backoff = firstBackoff;
        Socket socket = null;
        int onThisConnection = 0;
        int id = 0;
        try {
            while (id < count) {
                if (System.nanoTime() > deadline || closed.getCount() == 0) {
                    throw NetspecFailure.of("the retrying client gave up after " + within.toMillis()
                            + " ms with " + id + " of " + count + " requests acknowledged through " + target.describe()
                            + " (" + failed + " failed attempts: " + String.join("; ", failures) + ")");
                }
                try {
                    if (socket == null) {
                        socket = new Socket();
                        socket.connect(target.address(), (int) answerTimeout.toMillis());
                        socket.setSoTimeout((int) answerTimeout.toMillis());
                        connections++;
                        onThisConnection = 0;
                    }
                    exchange(socket, id);
                    id++;
                    backoff = firstBackoff;
                    if (++onThisConnection >= requestsPerConnection) {
                        socket.close();
                        socket = null;
                    }
                } catch (IOException e) {
                    failed++;
                    if (failures.size() < 5) {
                        failures.add("request " + id + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    closeQuietly(socket, failures);
                    socket = null;
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
                }
            }
        } finally {
            closeQuietly(socket, failures);
        }
        return new Report(id, failed, connections, Duration.ofNanos(System.nanoTime() - start), failures);
    }

    private static void exchange(Socket socket, int id) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("REQ " + id + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String line = readLine(socket);
        if (!("ACK " + id).equals(line)) {
            throw new IOException("expected \"ACK " + id + "\", got " + (line == null ? "end of stream" : "\"" + line + "\""));
        }
    }

    /** Reads one line byte by byte, so nothing beyond it is buffered away from the next exchange. */
    private static String readLine(Socket socket) throws IOException {
        StringBuilder s = new StringBuilder();
        while (true) {
            int b = socket.getInputStream().read();
            if (b < 0) {
                return s.length() == 0 ? null : s.toString();
            }
            if (b == '\n') {
                return s.toString();
            }
            s.append((char) b);
        }
    }

    /** Waits out a backoff; ends early if the client is closed. A bounded wait, not a poll. */
    private void pause(Duration backoff) {
        try {
            closed.await(backoff.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("the retrying client was interrupted", e);
        }
    }

    private static void closeQuietly(Socket socket, List<String> failures) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            failures.add("closing: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
