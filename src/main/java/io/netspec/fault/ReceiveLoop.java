package io.netspec.fault;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.util.function.Consumer;

/**
 * Hands every datagram a socket receives to a handler until the socket is closed (closing it ends
 * the blocking receive). Any other end is passed to {@code stoppedEarly}, never dropped.
 */
final class ReceiveLoop {
    /** What to do with one datagram; the packet's buffer is reused for the next one. */
    @FunctionalInterface
    interface Handler {
        void datagram(DatagramPacket packet) throws IOException;
    }

    private ReceiveLoop() {
    }

    static void run(DatagramSocket socket, Handler handler, Consumer<IOException> stoppedEarly) {
        byte[] buf = new byte[65535];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        while (!socket.isClosed()) {
            try {
                p.setLength(buf.length);
                socket.receive(p);
                handler.datagram(p);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    stoppedEarly.accept(e);
                }
                return;
            }
        }
    }
}
