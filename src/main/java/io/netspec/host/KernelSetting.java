package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.launch.UserNamespaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One network setting of a host's kernel (a sysctl under net., such as
 * net.ipv4.tcp_syn_linear_timeouts), written inside the host's namespace: net. settings are per
 * namespace, so nothing outside the host changes. Other settings are shared by the whole machine and
 * are refused. In a rootless run the kernel hides a few net. settings from hosts (those it lets only the
 * machine's root change: net.core.xfrm_*, net.ipv6.route.*); setting one fails saying so.
 */
public final class KernelSetting {
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
        try {
            // /proc/sys/net shows the namespace of the thread that opens it: the host's own.
            return host.open(() -> {
                String before = Files.readString(file).strip();
                Files.writeString(file, value);
                return before;
            });
        } catch (NoSuchFileException e) {
            if (!UserNamespaces.initial() && Files.exists(file)) {
                // The JVM's own namespace (this thread's) has it; the host's, owned by the run's user namespace, does not.
                throw ScenarioError.of(name + " cannot be set on " + host + ": this run is rootless (hosts live in a"
                        + " user namespace of its own), and the kernel shows " + name + " only to network namespaces of"
                        + " the machine's own user namespace. Fix: run as root to set it (docs/hosts.md lists such settings)", e);
            }
            throw ScenarioError.of("this kernel has no setting " + name + " (no " + file + ")", e);
        } catch (IOException e) {
            throw NetspecFailure.of("could not set " + name + " to " + value + " on " + host + ": "
                    + e.getMessage() + (UserNamespaces.initial() ? "" : " (this run is rootless: in its user namespace only"
                    + " the user's own uid and gid exist, so a setting that names other ids, such as"
                    + " net.ipv4.ping_group_range, accepts only those; docs/hosts.md)"), e);
        }
    }
}
