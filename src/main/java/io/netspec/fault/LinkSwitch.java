package io.netspec.fault;

import io.netspec.core.NetspecFailure;
import io.netspec.core.Threads;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a link is up or down, and the timer that brings it back up after a while ("down for 2 s").
 * A state set by hand (down, up, healed) forgets a pending return. It knows nothing of Toxiproxy: the
 * link tells it what happened, and hands it what to run when the time is up.
 */
final class LinkSwitch implements AutoCloseable {
    private final String name;
    private boolean down;
    private ScheduledExecutorService timer;
    private final Threads.Factory timerThreads;
    private ScheduledFuture<?> upAgain;

    /** The switch of the link named {@code name} (for messages and the timer thread's name). */
    LinkSwitch(String name) {
        this.name = name;
        this.timerThreads = Threads.factory("link", name);
    }

    synchronized boolean isDown() {
        return down;
    }

    /** The link was taken down by hand: it stays down. */
    synchronized void wentDown() {
        cancelComingUp();
        down = true;
    }

    /** The link was brought up (by hand, healed, or by the timer). */
    synchronized void wentUp() {
        cancelComingUp();
        down = false;
    }

    /** Runs {@code up} after {@code period} on the switch's timer; the link is down until then. */
    synchronized void upAfter(Duration period, Runnable up) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(timerThreads);
        }
        upAgain = timer.schedule(up, period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits (bounded) until a pending return has run; rethrows what failed bringing the link up. */
    void awaitUp(Duration within) {
        ScheduledFuture<?> pending;
        synchronized (this) {
            pending = upAgain;
        }
        if (pending == null) {
            return;
        }
        try {
            pending.get(within.toNanos(), TimeUnit.NANOSECONDS);
        } catch (CancellationException e) {
            // Brought up, taken down or healed by hand meanwhile: the caller checks the state it is in now.
            return;
        } catch (ExecutionException e) {
            throw new ToxiproxyException("bringing the link \"" + name + "\" back up failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw NetspecFailure.of("the link \"" + name + "\" was not back up within " + within.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted waiting for the link \"" + name + "\" to come back up", e);
        }
    }

    /** Forgets a pending return: the link's state was just set by hand. */
    private void cancelComingUp() {
        if (upAgain != null) {
            upAgain.cancel(false);
            upAgain = null;
        }
    }

    /** Stops the timer and waits (bounded) for its thread to end. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = timer;
            cancelComingUp();
        }
        if (stopping != null) {
            Threads.shutDown(stopping, timerThreads, Threads.JOIN_BOUND, "the link \"" + name + "\"");
        }
    }
}
