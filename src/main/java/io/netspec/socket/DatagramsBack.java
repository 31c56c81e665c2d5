package io.netspec.socket;

import io.netspec.core.ScenarioError;

import java.time.Duration;

/** How many datagrams a UDP client got back, checked against a range. */
public final class DatagramsBack {
    private DatagramsBack() {
    }

    /**
     * Waits (at most {@code wait}) for {@code low} datagrams back, then fails unless {@code client} received
     * between {@code low} and {@code high}; a range that is none is the scenario's error.
     */
    public static void between(UdpClient client, int low, int high, Duration wait) {
        range(low, high);
        long received = client.awaitReceived(low, wait);
        if (received < low || received > high) {
            throw new SocketExpectationError("expected " + client.describe() + " to have received between " + low + " and "
                    + high + " datagrams back, but it received " + received + " (of " + client.datagramsSent() + " it sent)");
        }
    }

    /** Fails, before anything is waited for, when {@code low} to {@code high} is no range of counts. */
    public static void range(int low, int high) {
        if (low < 0 || high < low) {
            throw ScenarioError.of("between " + low + " and " + high + " datagrams is not a range; expected"
                    + " two counts, the smaller first");
        }
    }
}
