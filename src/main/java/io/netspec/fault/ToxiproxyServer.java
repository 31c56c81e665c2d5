package io.netspec.fault;

import eu.rekawek.toxiproxy.ToxiproxyClient;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.core.Threads;
import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.ostable.SocketTable;
import io.netspec.socket.SocketPlace;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * One Toxiproxy server: either started here (on 127.0.0.1, an ephemeral API port, behind a
 * watchdog that kills it when this JVM goes away, even by SIGKILL) or one already running that
 * {@code TOXIPROXY_URL} names. Every API call is bounded twice: toxiproxy-java has no timeouts of its
 * own, so its connections get socket timeouts through {@link ToxiproxyApiScheme} (the thread of a call
 * that is never answered ends), and calls run on a small executor whose caller stops waiting after
 * {@link #API_TIMEOUT}.
 */
public final class ToxiproxyServer implements AutoCloseable {
    public static final Duration API_TIMEOUT = Duration.ofSeconds(5);
    /** At most this many API calls at once (scenarios run in parallel); threads end 30 s after their last call. */
    static final int API_THREADS = 8;
    /** The scheme toxiproxy-java is given; plain {@code http} (no socket timeouts) only where the JDK cannot see netspec's. */
    private static final String API_PROTOCOL = apiProtocol();

    /** A call to the Toxiproxy API that may throw, as toxiproxy-java's calls do. */
    @FunctionalInterface
    public interface ApiCall<T> {
        T call() throws IOException;
    }

    private final String host;
    private final int port;
    private final Process watchdog;
    private final OutputStream lifeline;
    private final Path log;
    private final ExecutorService api;
    private final Threads.Factory apiThreads;
    private final ToxiproxyClient client;
    private final String version;
    private final SocketPlace place;
    private final AutoCloseable process;

    private ToxiproxyServer(String host, int port, Process watchdog, Path log) {
        this(host, port, watchdog, log, SocketPlace.HERE, null);
    }

    private ToxiproxyServer(String host, int port, Process watchdog, Path log, SocketPlace place, AutoCloseable process) {
        this.host = host;
        this.port = port;
        this.place = place;
        this.process = process;
        this.watchdog = watchdog;
        this.lifeline = watchdog == null ? null : watchdog.getOutputStream();
        this.log = log;
        // Bounded: a call that never answers holds one thread until the server closes its end, never more than
        // API_THREADS; a call beyond that is refused at once rather than queued behind a stuck one.
        this.apiThreads = Threads.factory("toxiproxy-api", Integer.toString(port));
        this.api = new ThreadPoolExecutor(0, API_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                apiThreads);
        this.client = new ToxiproxyClient(API_PROTOCOL, host, port);
        this.version = versionOf(call("asking the server for its version", client::version));
    }

    private static String apiProtocol() {
        if (ToxiproxyApiScheme.available()) {
            return ToxiproxyApiScheme.SCHEME;
        }
        System.err.println("netspec: Toxiproxy API calls have no socket timeouts: the JDK finds URL schemes on the"
                + " system class loader only, and netspec is not on it here; a call still fails after "
                + API_TIMEOUT.toSeconds() + " s, but its thread waits for the server");
        return "http";
    }

    /** Toxiproxy answers {@code /version} with {@code {"version": "v2.12.0"}} (older ones: the bare text). */
    static String versionOf(String answer) {
        Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\"").matcher(answer);
        return m.find() ? m.group(1) : answer.strip();
    }

    /** A server someone else runs, at a URL such as {@code http://127.0.0.1:8474}. */
    public static ToxiproxyServer connect(String url) {
        URI uri = URI.create(url.contains("://") ? url : "http://" + url);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw ScenarioError.of("TOXIPROXY_URL is \"" + url + "\", expected http://host:port");
        }
        if (!ToxiproxyProcess.answers(uri.getHost(), uri.getPort())) {
            throw NetspecFailure.of("TOXIPROXY_URL is " + url + ", but no Toxiproxy server answers there");
        }
        return new ToxiproxyServer(uri.getHost(), uri.getPort(), null, null);
    }

    /** Starts {@code binary} on 127.0.0.1 and a free port; a port lost to a race is retried with another. */
    public static ToxiproxyServer start(Path binary) throws IOException {
        ToxiproxyProcess.Launched launched = ToxiproxyProcess.launch(binary);
        return new ToxiproxyServer("127.0.0.1", launched.port(), launched.watchdog(), launched.log());
    }

    /**
     * A server already running inside {@code place} (a host), its API on that place's own 127.0.0.1 and
     * {@code port}: every API call is made from inside the place. {@code process}: what stops it.
     */
    public static ToxiproxyServer inside(SocketPlace place, int port, AutoCloseable process) {
        if (!ToxiproxyApiScheme.SCHEME.equals(API_PROTOCOL)) {
            throw NetspecFailure.of("a Toxiproxy server inside " + place.describe() + " needs netspec's own URL scheme for"
                    + " its API calls, which the JDK finds only when netspec is on the system class path");
        }
        return new ToxiproxyServer("127.0.0.1", port, null, null, place, process);
    }

    /** Whether the API inside {@code place} answers on its 127.0.0.1 and {@code port} now. */
    public static boolean answersInside(SocketPlace place, int port) throws IOException {
        return place.open(() -> ToxiproxyProcess.answers("127.0.0.1", port));
    }

    /** The namespace the server and its proxies live in; its API calls are made from there. */
    public SocketPlace place() {
        return place;
    }

    /** Runs one API call, bounded by {@link #API_TIMEOUT}; {@code what} says what it was for in any failure. */
    public <T> T call(String what, ApiCall<T> call) {
        Future<T> future;
        try {
            future = api.submit(() -> inPlace(call));
        } catch (RejectedExecutionException e) {
            throw new ToxiproxyException(what + ": " + API_THREADS + " calls to Toxiproxy at " + url()
                    + " are already waiting for an answer", e);
        }
        try {
            return future.get(API_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw unanswered(what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SocketTimeoutException timedOut) {
                throw unanswered(what, timedOut);
            }
            throw new ToxiproxyException(what + ": Toxiproxy at " + url() + " answered with an error: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ToxiproxyException(what + ": interrupted while waiting for Toxiproxy at " + url(), e);
        }
    }

    /** Makes the call from inside the server's place; the call's own failure is thrown as it is. */
    private <T> T inPlace(ApiCall<T> call) throws IOException {
        if (place == SocketPlace.HERE) {
            return call.call();
        }
        try {
            return place.open(call::call);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** The failure of a call that got no answer in time: the caller's wait or the socket's ran out. */
    private ToxiproxyException unanswered(String what, Exception cause) {
        return new ToxiproxyException(what + ": Toxiproxy at " + url() + " did not answer within "
                + API_TIMEOUT.toSeconds() + " s", cause);
    }

    /** API calls whose thread is still at work: waiting for the server, or for its socket timeout. */
    int callsInProgress() {
        return ((ThreadPoolExecutor) api).getActiveCount();
    }

    public ToxiproxyClient client() {
        return client;
    }

    public String version() {
        return version;
    }

    public String url() {
        return "http://" + host + ":" + port;
    }

    /** The server process itself (the watchdog's child), when this JVM started it. */
    public Optional<ProcessHandle> serverProcess() {
        if (watchdog == null) {
            return Optional.empty();
        }
        return watchdog.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith(ToxiproxyBinary.BINARY)).orElse(false))
                .findFirst();
    }

    /**
     * What this server keeps in this JVM while it runs, so a before/after comparison over a whole run
     * can tell it from a leak: the API call threads, toxiproxy-java's kept-alive connections to the API
     * (the JDK's HttpURLConnection cache and its timer thread) and, when this JVM started the server,
     * the watchdog process, the JDK thread that waits for it and the lifeline pipe shared with it.
     */
    public List<Held> held() {
        String who = "the shared " + describe();
        List<Held> held = new ArrayList<>();
        held.add(Held.matching(who, ResourceKind.THREAD, Pattern.quote(Threads.name("toxiproxy-api", Integer.toString(port)))
                + "(-\\d+)?").atMost(API_THREADS));
        InetSocketAddress api = new InetSocketAddress(host, port);
        List<String> kept = SocketTable.read().inet(e -> !e.isUdp() && e.remote().equals(api)).stream()
                .map(e -> "socket:[" + e.inode() + "]").toList();
        held.add(Held.exactly(who, ResourceKind.SOCKET, kept));
        held.add(Held.exactly(who, ResourceKind.THREAD, List.of("Keep-Alive-Timer")));
        if (watchdog != null && watchdog.isAlive()) {
            held.add(Held.exactly(who, ResourceKind.PROCESS, List.of("process " + watchdog.pid())));
            held.add(Held.exactly(who, ResourceKind.THREAD,
                    List.of("process reaper (pid " + watchdog.pid() + ")")));
            List<String> pipes = ResourceSnapshot.descriptorTargets(Path.of("/proc", Long.toString(watchdog.pid()), "fd"))
                    .stream().filter(t -> ResourceKind.ofDescriptor(t) == ResourceKind.PIPE).toList();
            held.add(Held.exactly(who, ResourceKind.PIPE, pipes));
        }
        return held;
    }

    /** Names of the proxies the server has now: used to show that scenarios leave nothing behind. */
    public List<String> proxyNames() {
        return call("listing proxies", () -> client.getProxies().stream().map(p -> p.getName()).toList());
    }

    @Override
    public void close() {
        api.shutdownNow();
        if (process != null) {
            try {
                process.close();
            } catch (Exception e) {
                throw NetspecFailure.of("stopping " + describe() + " failed: " + e.getMessage(), e);
            }
        }
        if (watchdog != null) {
            ToxiproxyProcess.stop(watchdog);
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                System.err.println("netspec: could not delete the Toxiproxy log " + log + ": " + e.getMessage());
            }
        }
        // After the server stopped: a call still waiting for it has its connection closed and ends.
        Threads.shutDown(api, apiThreads, Threads.JOIN_BOUND, describe());
    }

    /** The file the server started here writes its output to; empty for one named by TOXIPROXY_URL. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(log);
    }

    public String describe() {
        return "Toxiproxy " + version + " at " + url() + (place != SocketPlace.HERE ? " inside " + place.describe()
                : watchdog == null ? " (TOXIPROXY_URL)" : " (started by netspec)");
    }
}
