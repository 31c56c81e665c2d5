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
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Toxiproxy server process netspec starts: a free port for it, whether it answers, its log's tail, and its stop. */
final class ToxiproxyProcess {
    private ToxiproxyProcess() {
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
