package io.netspec.socket;

import java.time.Duration;

/** Something that receives datagrams (a UDP client, a UDP server) and can be checked to receive none. */
public interface DatagramReceiver {
    /**
     * Waits {@code within}; fails showing what came when a datagram arrives that no earlier check of
     * this receiver took account of.
     */
    void receiveNothing(Duration within);
}
