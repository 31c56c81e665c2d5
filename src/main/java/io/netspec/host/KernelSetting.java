package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.launch.ProcText;
import io.netspec.launch.UserNamespaces;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * One network setting of a host's kernel (a sysctl under net., such as
 * net.ipv4.tcp_syn_linear_timeouts), written inside the host's namespace: net. settings are per
 * namespace, so nothing outside the host changes. Other settings are shared by the whole machine and
 * are refused. In a rootless run the kernel hides a few net. settings from hosts (those it lets only the
 * machine's root change: net.core.xfrm_*, net.ipv6.route.*); setting one fails saying so.
 */
public final class KernelSetting {
    /**
     * The per-namespace net. settings the kernel shows only to network namespaces of the machine's own user
     * namespace (measured on Linux 6.18 by listing a new namespace's settings as root and rootless:
     * docs/hosts.md); every other setting a host lacks but the machine has is the whole machine's.
     */
    private static final List<String> HIDDEN_FROM_USER_NAMESPACES = List.of("net.core.xfrm_", "net.ipv6.route.");

    private KernelSetting() {
    }

    /** Sets {@code name} to {@code value} inside {@code host}; returns the value it had before. */
    public static String set(Host host, String name, String value) {
        if (!name.matches("net(\\.[A-Za-z0-9_-]+)+")) {
            throw ScenarioError.of("\"" + name + "\" cannot be set on " + host + ": expected a network"
                    + " setting of its own kernel such as \"net.ipv4.tcp_syn_linear_timeouts\" (only net. settings"
                    + " belong to a host; the others are the whole machine's)");
        }
        if (!value.matches("[A-Za-z0-9 ._-]+")) {
            throw ScenarioError.of("\"" + value + "\" cannot be the value of " + name + ": expected a"
                    + " number or a word");
        }
        Path file = Path.of("/proc/sys", name.replace('.', '/'));
        String[] before = new String[1];
        try {
            // /proc/sys/net shows the namespace of the thread that opens it: the host's own.
            return host.open(() -> {
                before[0] = ProcText.read(file).strip();
                Files.writeString(file, value);
                return before[0];
            });
        } catch (NoSuchFileException e) {
            if (!UserNamespaces.initial() && Files.exists(file) && HIDDEN_FROM_USER_NAMESPACES.stream().anyMatch(name::startsWith)) {
                // The JVM's own namespace (this thread's) has it; the host's, owned by the run's user namespace, does not.
                throw ScenarioError.of(name + " cannot be set on " + host + ": this run is rootless (hosts live in a"
                        + " user namespace of its own), and the kernel shows " + name + " only to network namespaces of"
                        + " the machine's own user namespace. Fix: run as root to set it (docs/hosts.md lists such settings)", e);
            }
            // The JVM's own threads see the namespace it started in, where the machine's settings live.
            if (Files.exists(file)) {
                throw machineWide(host, name, "a host's namespace does not have it", e);
            }
            throw ScenarioError.of("this kernel has no setting " + name + " (no " + file + ")", e);
        } catch (AccessDeniedException e) {
            // The kernel shows the machine's own settings read-only in other namespaces (EACCES on write).
            throw machineWide(host, name, "a host's namespace shows it read-only", e);
        } catch (IOException e) {
            if (before[0] == null) {
                throw NetspecFailure.of("could not read " + name + " on " + host + ": " + e.getMessage(), e);
            }
            // The setting is the host's own and writable: what the kernel refused is the value.
            throw ScenarioError.of("the kernel of " + host + " refused \"" + value + "\" for " + name + " ("
                    + e.getMessage() + "); expected a value that setting takes, such as the one it had: \""
                    + before[0] + "\"" + (UserNamespaces.initial() ? "" : " (this run is rootless: in its user namespace"
                    + " only the user's own uid and gid exist, so a setting that names other ids, such as"
                    + " net.ipv4.ping_group_range, accepts only those; docs/hosts.md)"), e);
        }
    }

    private static ScenarioError machineWide(Host host, String name, String how, IOException e) {
        return ScenarioError.of("\"" + name + "\" cannot be set on " + host + ": it is one of the whole machine's"
                + " settings (" + how + "), not one of the host's own; expected a setting of the host's own network"
                + " namespace, such as \"net.ipv4.tcp_syn_linear_timeouts\" or \"net.core.somaxconn\"", e);
    }
}
