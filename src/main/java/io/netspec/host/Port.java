package io.netspec.host;

import com.sun.jna.Memory;
import io.netspec.netns.Tap;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One switch port: a host's TAP device, with a reused native buffer to read into (its reader thread
 * only) and one to write from (guarded by the port, since any reader may deliver to it).
 */
final class Port {
    static final int BUFFER = 65_536;

    final String host;
    final Tap tap;
    final Memory in = new Memory(BUFFER);
    private final Memory out = new Memory(BUFFER);
    final AtomicLong framesIn = new AtomicLong();
    final AtomicLong framesOut = new AtomicLong();
    /** Frames the switch could not write because the TAP device's queue was full. */
    final AtomicLong dropped = new AtomicLong();

    Port(String host, Tap tap) {
        this.host = host;
        this.tap = tap;
    }

    /** Writes one frame to the host; counts it as the switch's own drop when the kernel would not take it. */
    void write(byte[] frame) {
        boolean taken;
        synchronized (this) {
            out.write(0, frame, 0, frame.length);
            taken = tap.write(out, frame.length);
        }
        if (taken) {
            framesOut.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }
}
