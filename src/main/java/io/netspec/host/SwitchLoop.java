package io.netspec.host;

import com.sun.jna.Memory;
import io.netspec.core.Threads;
import io.netspec.netns.ShortSlice;
import io.netspec.netns.TapPoller;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * One of a switch's few reading threads (its lanes): it waits in one {@link TapPoller} for the TAP
 * devices of the ports dealt to it and, at each wake-up, reads up to {@link #BATCH} frames from each
 * port that has some, handing each to the switch as it is read (from its own native buffer, which the
 * switch's no-copy path writes straight out of). A port is read by its lane alone, so its frames are
 * handed on in the order they were sent. The thread asks for a {@link ShortSlice}: woken by a frame, it
 * takes a processor from a thread that has computed for longer (a JIT compiler thread, a CPU hog) at once.
 */
final class SwitchLoop {
    /** Frames read from one port per wake-up before the next port's turn. */
    static final int BATCH = 64;
    /** Ports reported ready per wake-up. */
    static final int READY = 256;
    /** How long the thread waits in one go when nothing comes (it is woken at once to stop). */
    private static final int WAIT_MILLIS = 1_000;
    static final Duration JOIN_BOUND = Duration.ofSeconds(2);

    /** What the loop hands each frame to. */
    @FunctionalInterface
    interface Frames {
        void frame(Port port, Memory buffer, int length, long readNanos);
    }

    private final String name;
    private final Frames frames;
    private final TapPoller poller = TapPoller.open(READY);
    private final Memory buffer = new Memory(Port.BUFFER);
    /** The ports by token, replaced whole on each change (never reused tokens, so a stale event finds no port). */
    private volatile Port[] ports = new Port[0];
    private Thread thread;            // guarded by this
    private volatile boolean stopping;
    /** Why the kernel gave this lane no short time slice ({@link ShortSlice}); empty when it did. */
    private volatile Optional<String> slice = Optional.empty();

    /** A lane named {@code name} (its thread is {@code netspec-switch-<name>}). */
    SwitchLoop(String name, Frames frames) {
        this.name = name;
        this.frames = frames;
    }

    /** Starts reading {@code port} (and starts the thread with the first port). */
    synchronized void add(Port port) {
        Port[] grown = Arrays.copyOf(ports, Math.max(ports.length, port.token + 1));
        grown[port.token] = port;
        ports = grown;
        poller.add(port.tap, port.token);
        if (thread == null && !stopping) {
            thread = Threads.start("switch", name, this::run);
        }
    }

    /** Stops reading {@code port}: an event already taken for it finds no port. */
    synchronized void remove(Port port) {
        Port[] fewer = ports.clone();
        fewer[port.token] = null;
        ports = fewer;
        try {
            poller.remove(port.tap);
        } catch (RuntimeException e) {
            if (port.failure == null) {
                throw e;
            }
            port.failure.addSuppressed(e);  // the device is gone already, which is why its reading failed
        }
    }

    private void run() {
        slice = ShortSlice.request();
        int[] ready = new int[READY];
        while (!stopping) {
            int n = poller.await(ready, WAIT_MILLIS);
            Port[] now = ports;
            for (int i = 0; i < n && !stopping; i++) {
                Port port = ready[i] < now.length ? now[ready[i]] : null;
                if (port != null) {
                    drain(port);
                }
            }
        }
    }

    /**
     * Reads and hands on up to {@link #BATCH} frames of {@code port}. A read that fails (the device is
     * gone) stops reading this port only; the failure is kept for the switch's counters, so a port that
     * stopped is never mistaken for a quiet one.
     */
    private void drain(Port port) {
        try {
            for (int k = 0; k < BATCH; k++) {
                int length = port.tap.read(buffer, Port.BUFFER);
                if (length == 0) {
                    return;
                }
                frames.frame(port, buffer, length, System.nanoTime());
            }
        } catch (RuntimeException e) {
            port.failure = e;
            remove(port);
        }
    }

    /** Stops the thread (woken at once, joined within {@link #JOIN_BOUND}) and closes the poller; false if it did not stop. */
    boolean stop() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = thread;
        }
        poller.wake();
        if (running != null) {
            try {
                running.join(JOIN_BOUND.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (running.isAlive()) {
                return false;
            }
        }
        poller.close();
        return true;
    }

    /** Why the kernel gave this lane's thread no short time slice, once it runs; empty when it did. */
    Optional<String> slice() {
        return slice;
    }

    String threadName() {
        return Threads.name("switch", name);
    }
}
