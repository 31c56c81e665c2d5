package io.netspec.host;

import io.netspec.packet.NetworkTreatment;
import io.netspec.packet.WindowStall;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.StreamClient;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A transfer that stalled, told with what the networks' captures show of the connection's window. */
public final class Stalls {
    private Stalls() {
    }

    /**
     * Runs {@code transfer} of {@code client}; when it fails, its failure says what the captures of
     * {@code networks} show of the connection's window: a receiver that advertised a zero window, from when
     * and for how long.
     */
    public static void explaining(StreamClient client, List<Network> networks,
                                  Function<Network, NetworkTreatment> treatment, Runnable transfer) {
        try {
            transfer.run();
        } catch (SocketExpectationError e) {
            if (client.localAddress() instanceof InetSocketAddress local
                    && client.remoteAddress() instanceof InetSocketAddress remote) {
                for (Network network : networks) {
                    Optional<String> stall = treatment.apply(network).capture()
                            .flatMap(ring -> WindowStall.explain(ring.frames(), local, remote, System.nanoTime()));
                    if (stall.isPresent()) {
                        throw new SocketExpectationError(e.getMessage() + "; the capture of \"" + network.name()
                                + "\" shows " + stall.get(), e);
                    }
                }
            }
            throw e;
        }
    }
}
