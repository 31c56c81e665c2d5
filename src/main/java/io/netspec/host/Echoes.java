package io.netspec.host;

import io.netspec.core.ExpectationFailure;
import io.netspec.socket.Hosts;
import io.netspec.text.Durations;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;

/** One ICMP echo from a host, expected answered or not; each returns the line a report logs. */
public final class Echoes {
    private Echoes() {
    }

    /** Fails unless an echo from {@code host} to {@code address} is answered within {@code wait}. */
    public static String reaches(Host host, String address, IntSupplier sequence, Duration wait) {
        Optional<Duration> rtt = echo(host, address, sequence, wait);
        if (rtt.isEmpty()) {
            throw ExpectationFailure.of("expected host \"" + host.name() + "\" to reach " + address + " (an ICMP echo"
                    + " answered within " + Durations.format(wait) + "), but no echo reply came");
        }
        return "host \"" + host.name() + "\" reached " + address + ": ICMP echo answered in " + Durations.format(rtt.get());
    }

    /** Fails when an echo from {@code host} to {@code address} is answered within {@code wait}. */
    public static String cannotReach(Host host, String address, IntSupplier sequence, Duration wait) {
        Optional<Duration> rtt = echo(host, address, sequence, wait);
        if (rtt.isPresent()) {
            throw ExpectationFailure.of("expected host \"" + host.name() + "\" not to reach " + address + ", but an ICMP"
                    + " echo was answered in " + Durations.format(rtt.get()));
        }
        return "host \"" + host.name() + "\" cannot reach " + address + ": no ICMP echo answered within "
                + Durations.format(wait);
    }

    private static Optional<Duration> echo(Host host, String address, IntSupplier sequence, Duration wait) {
        InetAddress to = Hosts.literal(address);
        return host.echo(to, sequence.getAsInt(), wait);
    }
}
