package io.netspec.host;

import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.netns.ConnectError;
import io.netspec.netns.Probes;
import io.netspec.socket.Target;
import io.netspec.text.Durations;

import java.net.InetSocketAddress;
import java.time.Duration;

/** A TCP connection from a host expected to fail with the OS's own error; the OS's answer is attached. */
public final class ConnectCheck {
    private ConnectCheck() {
    }

    /** Fails unless a connect from {@code host} to {@code target} fails with {@code expected} within {@code wait}. */
    public static void failsWith(Host host, Target target, ConnectError expected, Duration wait, Evidence evidence) {
        if (!(target.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of(target.describe() + " is not a host:port address; a TCP connection needs one");
        }
        Probes.ConnectOutcome outcome = host.connect(address.getAddress(), address.getPort(), wait);
        evidence.attach("OS answer to a TCP connection from host \"" + host.name() + "\" to " + target.describe(),
                outcome.osWords() + " after " + Durations.format(outcome.took()));
        if (!expected.matches(outcome)) {
            throw ExpectationFailure.of("expected a TCP connection from host \"" + host.name() + "\" to "
                    + target.describe() + " to fail with \"" + expected.words() + "\", but " + (outcome.connected()
                    ? "it connected" : outcome.timedOut() ? "no answer came within " + Durations.format(wait)
                    : "it failed with " + outcome.osWords()) + " after " + Durations.format(outcome.took()));
        }
    }
}
