package io.netspec.host;

import com.sun.jna.Pointer;
import io.netspec.netns.Tap;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One switch port: a host's TAP device, the number the switch's poller knows it by, and its counters.
 * It holds no buffer of its own: frames are read into the poller's and written from the poller's or the
 * switch's, so a port costs a few objects, however many there are. While its cable is pulled nothing is
 * written to it: the kernel takes frames written to a TAP device without carrier as if they had arrived,
 * which no pulled cable allows.
 */
final class Port {
    /** The largest frame a port reads or writes. */
    static final int BUFFER = 65_536;

    final String host;
    final Tap tap;
    final int token;
    /** Why this port's reading stopped before the switch closed, if it did. */
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

    Port(String host, Tap tap, int token, LongSupplier queueDrops) {
        this.host = host;
        this.tap = tap;
        this.token = token;
        this.queueDrops = queueDrops;
    }

    /** Frames lost in the switch itself, both ways: not written (queue full) and dropped before it could read them. */
    long ownDrops() {
        return dropped.get() + queueDrops.getAsLong();
    }

    /** Writes one frame from native memory: one system call, no copy; a full queue counts as the switch's own drop. */
    void write(Pointer frame, int length) {
        if (!plugged) {
            unplugged.incrementAndGet();
        } else if (tap.write(frame, length)) {
            framesOut.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }
}
