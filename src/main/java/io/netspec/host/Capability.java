package io.netspec.host;

import io.netspec.netns.Namespace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether hosts can run here: Linux, /dev/net/tun, nsenter and ip on the PATH, and the privilege to make
 * a network namespace (root, or CAP_SYS_ADMIN and CAP_NET_ADMIN). Tried for real: one namespace is made
 * and closed at once.
 */
public final class Capability {
    private Capability() {
    }

    /** System property (or environment variable NETSPEC_HOSTS): "off" skips every host scenario. */
    public static final String SWITCH_PROPERTY = "netspec.hosts";

    /** Why hosts cannot run here, or empty when they can. */
    public static Optional<String> missing() {
        String setting = System.getProperty(SWITCH_PROPERTY, System.getenv("NETSPEC_HOSTS"));
        if ("off".equalsIgnoreCase(setting)) {
            return Optional.of("hosts are switched off (-D" + SWITCH_PROPERTY + "=off or NETSPEC_HOSTS=off)");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return Optional.of("hosts need Linux network namespaces; this is " + System.getProperty("os.name"));
        }
        if (!Files.exists(Path.of("/dev/net/tun"))) {
            return Optional.of("hosts need TAP devices, but /dev/net/tun does not exist (load the tun module or"
                    + " pass --device /dev/net/tun to the container)");
        }
        for (String tool : new String[] {"nsenter", "ip", "setpriv"}) {
            if (!onPath(tool)) {
                return Optional.of("hosts need \"" + tool + "\" on the PATH (Debian packages iproute2 and util-linux)");
            }
        }
        try {
            Namespace.create("capability-check", Duration.ofSeconds(5)).close();
            return Optional.empty();
        } catch (IllegalStateException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Optional.of("hosts need root, or CAP_SYS_ADMIN and CAP_NET_ADMIN, to make a network namespace: "
                    + e.getMessage());
        }
    }

    /**
     * What JNA keeps once it is loaded, for the JVM's life: its cleaner thread and the (deleted) temporary
     * file its native dispatch code is mapped from.
     */
    public static List<Held> held() {
        return List.of(
                Held.exactly("JNA's cleaner, started when hosts first load JNA", ResourceKind.THREAD, List.of("JNA Cleaner")).atMost(1),
                Held.matching("JNA's native dispatch code, mapped from a deleted temporary file", ResourceKind.FILE,
                        ".*/(ffi|jna)[^/]*( \\(deleted\\))?").atMost(2));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
