package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One network setting of a host's kernel (a sysctl under net., such as
 * net.ipv4.tcp_syn_linear_timeouts), written inside the host's namespace: net. settings are per
 * namespace, so nothing outside the host changes. Other settings are shared by the whole machine and
 * are refused.
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
            throw ScenarioError.of("this kernel has no setting " + name + " (no " + file + ")", e);
        } catch (IOException e) {
            throw NetspecFailure.of("could not set " + name + " to " + value + " on " + host + ": "
                    + e.getMessage(), e);
        }
    }
}
