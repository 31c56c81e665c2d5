package io.netspec.packet;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How treated frames leave: at once from the switch's reader thread when nothing of their direction
 * is still waiting, otherwise from the scheduler at their time. A frame held back for reordering
 * leaves right after the next frame of its direction, or after {@link #HOLD_NANOS} if none comes.
 * From the first frame that waits until {@link #close}, the {@link WakeLatency} request is held.
 */
final class Departures implements AutoCloseable {
    /** How long a frame held back for reordering waits for a later one to overtake it. */
    static final long HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Scheduler scheduler;
    private final boolean wakeLatencyAllowed;
    private volatile WakeLatency wakeLatency;  // asked for at the first frame that waits; set holding this
    private boolean closed;                    // guarded by this

    Departures(Scheduler scheduler, boolean wakeLatencyAllowed) {
        this.scheduler = scheduler;
        this.wakeLatencyAllowed = wakeLatencyAllowed;
    }

    void later(Path path, long at, Crossing crossing, Delivery delivery, boolean holdBack) {
        aFrameWaits();
        synchronized (path) {
            path.pending++;
        }
        scheduler.at(at, () -> {
            try {
                send(path, crossing, delivery, holdBack);
            } finally {
                synchronized (path) {
                    path.pending--;
                }
            }
        });
    }

    void send(Path path, Crossing crossing, Delivery delivery, boolean holdBack) {
        Path.Held late;
        if (holdBack) {
            aFrameWaits();
            Path.Held held = new Path.Held(crossing, delivery);
            synchronized (path) {
                late = path.held;
                path.held = held;
            }
            scheduler.at(System.nanoTime() + HOLD_NANOS, () -> release(path, held));
            if (late != null) {
                late.deliver();
            }
            return;
        }
        synchronized (path) {
            late = path.held;
            path.held = null;
        }
        delivery.deliver(crossing);
        if (late != null) {
            late.deliver();
        }
    }

    private void release(Path path, Path.Held held) {
        synchronized (path) {
            if (path.held != held) {
                return;
            }
            path.held = null;
        }
        held.deliver();
    }

    private void aFrameWaits() {
        if (wakeLatency == null) {
            synchronized (this) {
                if (wakeLatency == null && !closed) {
                    wakeLatency = WakeLatency.request(wakeLatencyAllowed);
                }
            }
        }
    }

    /** What was asked of the kernel for waiting frames, once a frame has waited. */
    Optional<String> wakeLatency() {
        return Optional.ofNullable(wakeLatency).map(WakeLatency::describe);
    }

    /** Withdraws the wake-latency request; the scheduler is closed by its owner. */
    @Override
    public synchronized void close() {
        closed = true;
        if (wakeLatency != null) {
            wakeLatency.close();
        }
    }
}
