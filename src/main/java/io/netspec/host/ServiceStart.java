package io.netspec.host;

import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.Targets;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.net.InetSocketAddress;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** A TCP service found running on a host: up once it accepts a connection made from that host. */
public final class ServiceStart {
    /** The least a service on a host is given to accept its first connection. */
    public static final Duration LEAST = Duration.ofSeconds(10);

    private ServiceStart() {
    }

    /**
     * Waits until the service {@code name} at {@code hostPort} accepts a connection made from {@code host}:
     * at most the longer of {@code wait} and {@link #LEAST}, a refused connect tried again meanwhile.
     * Returns that wait, the bound of the service's later connects.
     */
    public static Duration awaitUp(String name, String hostPort, Host host, Duration wait) {
        if (!(Targets.parseAddress(hostPort) instanceof InetSocketAddress address)) {
            throw ScenarioError.of("\"" + hostPort + "\" is not a host:port address such as \"192.168.1.20:8000\"");
        }
        // As long as a service netspec starts itself may take to listen: a program started a moment ago
        // (an interpreter, say) may need seconds on a busy machine.
        Duration bound = wait.compareTo(LEAST) >= 0 ? wait : LEAST;
        try {
            // A program started a moment ago may not listen yet: a refused connect is tried again until the wait ends.
            await("the TCP service \"" + name + "\" at " + hostPort + " from host \"" + host.name() + "\"")
                    .atMost(bound).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                    .until(() -> host.connect(address.getAddress(), address.getPort(), bound).connected());
        } catch (ConditionTimeoutException e) {
            var last = host.connect(address.getAddress(), address.getPort(), bound);
            throw NetspecFailure.of("the TCP service \"" + name + "\" at " + HostPort.show(address) + " is not up: expected"
                    + " it to accept a connection made from host \"" + host.name() + "\" within " + Durations.format(bound)
                    + ", but the last try ended with: " + last.osWords(), e);
        }
        return bound;
    }
}
