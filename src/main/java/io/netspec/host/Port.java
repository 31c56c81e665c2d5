package io.netspec.host;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.netspec.netns.Tap;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One switch port: a host's TAP device, with a reused native buffer to read into (its reader thread
 * only) and one to write from (guarded by the port, since any reader may deliver to it). While its
 * cable is pulled nothing is written to it: the kernel takes frames written to a TAP device without
 * carrier as if they had arrived, which no pulled cable allows.
 */
final class Port {
    static final int BUFFER = 65_536;

    final String host;
    final Tap tap;
    final Memory in = new Memory(BUFFER);
    /** The reader's copy of each frame's Ethernet header (destination and source MAC addresses). */
    final byte[] header = new byte[12];
    private final Memory out = new Memory(BUFFER);
    /** Why this port's reader stopped before the switch closed, if it did. */
    volatile RuntimeException failure;
    final AtomicLong framesIn = new AtomicLong();
    final AtomicLong framesOut = new AtomicLong();
    /** Frames the switch could not write because the TAP device's queue was full. */
    final AtomicLong dropped = new AtomicLong();
    /** Frames not written because the host's cable is pulled: a frame put on a wire that is not there. */
    final AtomicLong unplugged = new AtomicLong();
    /** False while the host's cable is pulled (its TAP device has no carrier). */
    volatile boolean plugged = true;

    /** Frames the kernel dropped on their way out of the host's TAP device: the reader fell behind. */
    private final LongSupplier queueDrops;

    Port(String host, Tap tap, LongSupplier queueDrops) {
        this.host = host;
        this.tap = tap;
        this.queueDrops = queueDrops;
    }

    /** Frames lost in the switch itself, both ways: not written (queue full) and dropped before it could read them. */
    long ownDrops() {
        return dropped.get() + queueDrops.getAsLong();
    }

    /** Writes a frame straight from a reader's native buffer: one system call, no copy, no lock. */
    void write(Pointer frame, int length) {
        if (!plugged) {
            unplugged.incrementAndGet();
        } else if (tap.write(frame, length)) {
            framesOut.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }

    /** Writes one frame to the host; counts it as the switch's own drop when the kernel would not take it. */
    void write(byte[] frame) {
        if (!plugged) {
            unplugged.incrementAndGet();
            return;
        }
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
