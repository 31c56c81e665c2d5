package io.netspec.fault;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/** The Toxiproxy server process netspec starts: its start behind a watchdog on a free port, whether it answers, its log's tail, and its stop. */
final class ToxiproxyProcess {
    static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final int START_ATTEMPTS = 3;

    /**
     * Runs the server in the background, and kills it and removes its log ({@code $2}) as soon as the
     * JVM's end of the stdin pipe closes: on {@link ToxiproxyServer#close()}, on a normal exit and when the JVM is
     * killed outright. The shell exits when the server does, so an early failure (port taken) shows as
     * the process ending.
     */
    static final String WATCHDOG = "exec 3<&0\n"
            + "\"$0\" -host 127.0.0.1 -port \"$1\" 3<&- & server=$!\n"
            + "( cat <&3 >/dev/null; kill \"$server\" 2>/dev/null; rm -f \"$2\" ) &\n"
            + "exec 3<&-\n"
            + "wait \"$server\"\n";

    /** A server started here: its watchdog (whose child it is), its API port on 127.0.0.1 and its log. */
    record Launched(Process watchdog, int port, Path log) {
    }

    private ToxiproxyProcess() {
    }

    /** Starts {@code binary} on 127.0.0.1 and a free port behind its watchdog; a port lost to a race is retried with another. */
    static Launched launch(Path binary) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freePort();
            Path log = Files.createTempFile("netspec-toxiproxy-", ".log");
            // Both outputs appended to the log, each redirected by name: redirectErrorStream(true) next to
            // a redirected output still gives this JVM an unused pipe for the error stream (Java 17),
            // open for as long as the server runs. Only the lifeline pipe should be.
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", WATCHDOG, binary.toString(), Integer.toString(port),
                    log.toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("LOG_LEVEL", "warn");
            Process process = builder.start();
            try {
                await("Toxiproxy at 127.0.0.1:" + port + " answering")
                        .atMost(START_TIMEOUT)
                        .pollInterval(Duration.ofMillis(25))
                        .until(() -> !process.isAlive() || answers("127.0.0.1", port));
            } catch (ConditionTimeoutException e) {
                String tail = tail(log); // before stopping: the watchdog removes the log as it stops
                stop(process);
                Files.deleteIfExists(log); // in case stopping had to kill the watchdog before its rm
                throw new IOException(binary + " did not answer on 127.0.0.1:" + port + " within "
                        + START_TIMEOUT.toSeconds() + " s; its log:\n" + tail, e);
            }
            if (process.isAlive()) {
                return new Launched(process, port, log);
            }
            last = new IOException(binary + " exited at start on port " + port + " (attempt " + attempt + " of "
                    + START_ATTEMPTS + "); its log:\n" + tail(log));
            // The tail is in the message; closing the lifeline ends the watchdog's waiting half, which removes the log.
            stop(process);
            Files.deleteIfExists(log);
        }
        throw last;
    }


    /** Closes the watchdog's lifeline (it then stops the server and removes the log); forces it after 3 s. */
    static void stop(Process watchdog) {
        try {
            watchdog.getOutputStream().close();
        } catch (IOException e) {
            // The pipe is already gone, which the watchdog takes as the same signal; force below if it lingers.
            watchdog.destroy();
        }
        try {
            if (!watchdog.waitFor(3, TimeUnit.SECONDS)) {
                watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
                watchdog.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
            watchdog.destroyForcibly();
        }
    }

    static boolean answers(String host, int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://" + host + ":" + port + "/version").toURL()
                    .openConnection();
            c.setConnectTimeout(200);
            c.setReadTimeout(500);
            c.setRequestProperty("Connection", "close");
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }
}
