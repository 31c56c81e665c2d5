package io.netspec.fault;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ReportsFolder;
import io.netspec.core.Settings;
import io.netspec.core.Threads;
import io.netspec.leak.Held;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one Toxiproxy server of this JVM, started the first time a link needs it and stopped at JVM
 * exit (a shutdown hook; if the JVM is killed, the server's watchdog ends it instead).
 *
 * <p>This is the only JVM-wide state in netspec (besides the whole-suite leak check's count taken
 * before the first scenario, {@code io.netspec.steps.SocketLeakCheck}), and deliberately so: starting a server per
 * scenario would cost a process start each, and scenarios run in parallel. It holds nothing but
 * the server (or the reason there is none); scenarios never reset the whole server, each
 * scenario deletes its own uniquely named proxies when its World closes.
 */
public final class SharedToxiproxy {
    private static final SharedToxiproxy INSTANCE = new SharedToxiproxy();

    private ToxiproxyServer server;
    private String unavailable;

    private SharedToxiproxy() {
    }

    /** The server, started (or found) on first use; thread-safe. */
    public static ToxiproxyServer server() {
        return INSTANCE.get();
    }

    /**
     * The {@code toxiproxy-server} binary, found or installed once (with Go), for servers netspec starts inside
     * hosts; fails saying how to install one. A server named by TOXIPROXY_URL does not count: it runs elsewhere.
     */
    public static Path binary() {
        return INSTANCE.binaryNow();
    }

    private synchronized Path binaryNow() {
        ToxiproxyBinary finder = ToxiproxyBinary.fromEnvironment();
        try {
            Optional<Path> binary = finder.installed();
            if (binary.isEmpty() && finder.go().isPresent()) {
                binary = install(finder);
            }
            if (binary.isPresent()) {
                return binary.get();
            }
        } catch (IOException e) {
            finder.note("failed: " + e.getMessage());
        }
        throw new ToxiproxyUnavailable(finder.nothingFound() + "\n(a link on a host runs a toxiproxy-server inside that host:"
                + " it needs the binary, not only a server at TOXIPROXY_URL)", null);
    }

    /**
     * What the shared server keeps in this JVM (see {@link ToxiproxyServer#held()}); nothing when no
     * scenario has needed it yet. Never starts one.
     */
    public static List<Held> held() {
        return INSTANCE.heldNow();
    }

    private synchronized List<Held> heldNow() {
        return server == null ? List.of() : server.held();
    }

    private synchronized ToxiproxyServer get() {
        if (server != null) {
            return server;
        }
        if (unavailable != null) {
            throw new ToxiproxyUnavailable(unavailable, null);
        }
        ToxiproxyBinary finder = ToxiproxyBinary.fromEnvironment();
        try {
            server = find(finder);
        } catch (RuntimeException | IOException e) {
            finder.note("failed: " + e.getMessage());
            unavailable = finder.nothingFound();
            throw new ToxiproxyUnavailable(unavailable, e);
        }
        if (server == null) {
            unavailable = finder.nothingFound();
            throw new ToxiproxyUnavailable(unavailable, null);
        }
        ToxiproxyServer started = server;
        recordVersion(started);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, Threads.name("toxiproxy", "stop")));
        return server;
    }

    /**
     * Leaves the version in the reports folder (when the build names one) for the report's index
     * page (io.netspec.report.Environment), so a run's report says which Toxiproxy it used.
     */
    private static void recordVersion(ToxiproxyServer started) {
        Optional<String> reports = Settings.system().get(Settings.Knob.REPORTS_DIR);
        if (reports.isEmpty()) {
            return;
        }
        Path file = Path.of(reports.get(), ReportsFolder.TOXIPROXY_VERSION);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, started.version() + System.lineSeparator());
        } catch (IOException e) {
            throw NetspecFailure.of("cannot write the Toxiproxy version to " + file, e);
        }
    }

    private static ToxiproxyServer find(ToxiproxyBinary finder) throws IOException {
        Optional<String> url = finder.externalUrl();
        if (url.isPresent()) {
            return ToxiproxyServer.connect(url.get());
        }
        Optional<Path> binary = finder.installed();
        if (binary.isEmpty() && finder.go().isPresent()) {
            binary = install(finder);
        }
        return binary.isPresent() ? ToxiproxyServer.start(binary.get()) : null;
    }

    /** Runs ci/install-toxiproxy.sh once (it builds with Go into the cache folder), bounded to 10 minutes. */
    private static Optional<Path> install(ToxiproxyBinary finder) throws IOException {
        Path script = Settings.system().projectFolder().resolve("ci").resolve("install-toxiproxy.sh");
        if (!Files.isRegularFile(script)) {
            finder.note("install: no " + script);
            return Optional.empty();
        }
        Path log = Files.createTempFile("netspec-toxiproxy-install-", ".log");
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                finder.note("install: bash " + script + " did not finish within 10 minutes (log " + log + ")");
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while installing Toxiproxy", e);
        }
        finder.note("install: bash " + script + " exited " + p.exitValue() + " (log " + log + ")");
        return finder.installed();
    }
}
