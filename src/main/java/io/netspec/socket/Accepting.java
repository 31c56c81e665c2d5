package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.text.Durations;

import java.time.Duration;

/**
 * Whether a stream target accepts connections now, checked before something is put in front of it
 * (a link), so a dead service shows up as a refused connection to that service, not later as a reset
 * that looks like a protocol failure.
 */
public final class Accepting {
    private Accepting() {
    }

    /**
     * Passes when {@code target} accepts a TCP connection within {@code within}; otherwise an
     * {@link IllegalStateException} says that {@code what} cannot work because the target refused (or did
     * not answer), with the OS's words. A server netspec started is judged by its own state instead, so no
     * extra connection shows up in what it counts.
     */
    public static void require(Target target, Duration within, String what) {
        require(target, within, what, SocketPlace.HERE);
    }

    /** As {@link #require(Target, Duration, String)}, for something put in front of the target in {@code place}. */
    public static void require(Target target, Duration within, String what, SocketPlace place) {
        Reach.require(place, target, what);
        if (target instanceof DatagramTarget || !(target.address() instanceof java.net.InetSocketAddress)) {
            return; // not reached by TCP connections; whatever is put in front of it says whether it can front it
        }
        if (target instanceof StreamServer server) {
            if (server.isClosed()) {
                throw NetspecFailure.of(what + " cannot carry connections: " + server.describe()
                        + " behind it was stopped earlier in this scenario and accepts none");
            }
            return;
        }
        try {
            TcpClient.connect("probe of " + target.describe(), target, within, null, place).close();
        } catch (ConnectFailure e) {
            throw NetspecFailure.of(what + " cannot carry connections: expected " + target.describe()
                    + " behind it to accept a connection within " + Durations.format(within) + ", but "
                    + (e.refused() ? "the target refused it (" + e.osError() + "); start the service first or check its address"
                    : e.osError()), e);
        }
    }
}
