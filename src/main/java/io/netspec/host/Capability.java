package io.netspec.host;

import io.netspec.netns.Namespace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Why hosts cannot run here, or empty when they can. */
    public static Optional<String> missing() {
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
