package io.netspec.host;

import io.netspec.address.IpAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What a host's kernel decided about one of its IPv6 addresses by duplicate address detection (RFC 4862),
 * read from the flags of {@code /proc/net/if_inet6} inside the host: tentative while it runs, then either
 * usable or {@code dadfailed}.
 */
final class KernelDad {
    /** IFA_F_DADFAILED and IFA_F_TENTATIVE of linux/if_addr.h. */
    static final int DADFAILED = 0x08;
    static final int TENTATIVE = 0x40;

    enum State { RUNNING, PASSED, FAILED }

    private KernelDad() {
    }

    /** Waits at most {@code wait} for the detection of {@code address} on {@code host} to end; its state then. */
    static State await(Host host, IpAddress address, Duration wait) {
        try {
            return Awaitility.await("duplicate address detection of " + address + " on \"" + host.name() + "\"")
                    .atMost(wait).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> state(host, address), s -> s != State.RUNNING);
        } catch (ConditionTimeoutException e) {
            return State.RUNNING;
        }
    }

    static State state(Host host, IpAddress address) {
        String ifInet6 = host.readProcNet(folder -> {
            try {
                return Files.readString(folder.resolve("if_inet6"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the IPv6 addresses of \"" + host.name() + "\"", e);
            }
        });
        return state(ifInet6, address);
    }

    /** The state of {@code address} in the text of /proc/net/if_inet6 (address, index, prefix, scope, flags, name). */
    static State state(String ifInet6, IpAddress address) {
        String hex = HexFormat.of().formatHex(address.toBytes()).toLowerCase(Locale.ROOT);
        for (String line : ifInet6.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[0].equals(hex)) {
                int flags = Integer.parseInt(f[4], 16);
                return (flags & DADFAILED) != 0 ? State.FAILED : (flags & TENTATIVE) != 0 ? State.RUNNING : State.PASSED;
            }
        }
        return State.RUNNING;
    }
}
