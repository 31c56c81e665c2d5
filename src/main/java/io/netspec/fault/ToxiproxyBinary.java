package io.netspec.fault;

import io.netspec.core.Settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a Toxiproxy server comes from, in order: {@code TOXIPROXY_URL} (a server already running),
 * {@code toxiproxy-server} on PATH, then the netspec cache folder, then a one-off build with
 * {@code ci/install-toxiproxy.sh} when Go is on PATH. Every place looked at is kept, so the
 * failure when none works can say what was tried and how to get a server.
 */
final class ToxiproxyBinary {
    public static final String VERSION = "v2.12.0";
    public static final String BINARY = "toxiproxy-server";

    private final Settings settings;
    private final UnaryOperator<String> env;
    private final List<String> tried = new ArrayList<>();

    /** A finder reading netspec's knobs from {@code settings} and PATH and the XDG folders from {@code env}. */
    public ToxiproxyBinary(Settings settings, UnaryOperator<String> env) {
        this.settings = settings;
        this.env = env;
    }

    /** A finder that reads knobs and PATH from {@code env} alone (no system properties). */
    public ToxiproxyBinary(UnaryOperator<String> env) {
        this(new Settings(name -> null, env), env);
    }

    public static ToxiproxyBinary fromEnvironment() {
        return new ToxiproxyBinary(Settings.system(), System::getenv);
    }

    /** The URL of a server someone already runs, if {@code TOXIPROXY_URL} names one. */
    public Optional<String> externalUrl() {
        Optional<String> url = settings.get(Settings.Knob.TOXIPROXY_URL);
        if (url.isEmpty()) {
            tried.add("TOXIPROXY_URL: not set");
            return Optional.empty();
        }
        tried.add("TOXIPROXY_URL: " + url.get());
        return url;
    }

    /** The cache folder: {@code $NETSPEC_CACHE}, else {@code $XDG_CACHE_HOME/netspec}, else {@code ~/.cache/netspec}. */
    public Path cacheFolder() {
        Optional<String> own = settings.get(Settings.Knob.CACHE);
        if (own.isPresent()) {
            return Path.of(own.get());
        }
        String xdg = env.apply("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("netspec");
    }

    /** An executable {@code toxiproxy-server} on PATH or in the cache folder. */
    public Optional<Path> installed() {
        String path = env.apply("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, BINARY);
                if (Files.isExecutable(candidate)) {
                    tried.add("PATH: found " + candidate);
                    return Optional.of(candidate);
                }
            }
        }
        tried.add("PATH: no " + BINARY);
        Path cached = cacheFolder().resolve(BINARY);
        if (Files.isExecutable(cached)) {
            tried.add("cache: found " + cached);
            return Optional.of(cached);
        }
        tried.add("cache: no " + cached);
        return Optional.empty();
    }

    /** {@code go} on PATH, which the install script needs. */
    public Optional<Path> go() {
        String path = env.apply("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "go");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    tried.add("go: found " + candidate);
                    return Optional.of(candidate);
                }
            }
        }
        tried.add("go: not on PATH, so nothing could be built");
        return Optional.empty();
    }

    public void note(String line) {
        tried.add(line);
    }

    public List<String> tried() {
        return List.copyOf(tried);
    }

    /** The message when no server can be had: what was tried and the exact commands that get one. */
    public String nothingFound() {
        Path cached = cacheFolder().resolve(BINARY);
        return "no Toxiproxy server could be found or started, so TCP links cannot be made.\nTried:\n  - "
                + String.join("\n  - ", tried)
                + "\nGet one with any of:\n"
                + "  - bash ci/install-toxiproxy.sh        (in the netspec folder; needs Go: https://go.dev/dl/)\n"
                + "  - go install -ldflags \"-X github.com/Shopify/toxiproxy/v2.Version=" + VERSION + "\""
                + " github.com/Shopify/toxiproxy/v2/cmd/server@" + VERSION
                + " && cp \"$(go env GOPATH)/bin/server\" " + cached + "\n"
                + "  - download toxiproxy-server " + VERSION + " from https://github.com/Shopify/toxiproxy/releases,"
                + " put it on PATH as toxiproxy-server\n"
                + "  - or run a server yourself and set TOXIPROXY_URL=http://127.0.0.1:8474";
    }
}
