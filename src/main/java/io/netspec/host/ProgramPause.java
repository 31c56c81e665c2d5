package io.netspec.host;

import io.netspec.core.ScenarioError;
import io.netspec.core.Threads;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pause of one program: stopped now, resumed by a timer when the pause is over, so the scenario goes
 * on meanwhile. The timer's thread is made at the first pause and ends on close, which resumes a pause
 * that is not over yet: a pause never outlasts its scenario.
 */
final class ProgramPause implements AutoCloseable {
    private final String name;
    private final Threads.Factory threads;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private Runnable resume;
    private Instant until;

    ProgramPause(String name) {
        this.name = name;
        this.threads = Threads.factory("program-pause", name);
    }

    /** Runs {@code stop} now and {@code resume} after {@code period}; fails while an earlier pause lasts. */
    synchronized void start(Duration period, Runnable stop, Runnable resume) {
        if (pending != null && !pending.isDone()) {
            throw ScenarioError.of("\"" + name + "\" is already paused until " + until + "; one pause at a time");
        }
        stop.run();
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(threads);
        }
        this.resume = resume;
        this.until = Instant.now().plus(period);
        this.pending = timer.schedule(this::resumeOnTime, period.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void resumeOnTime() {
        Runnable action;
        synchronized (this) {
            action = resume;
            resume = null;
            until = null;
        }
        if (action != null) {
            action.run();
        }
    }

    /** When the current pause ends, if one lasts now. */
    synchronized Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    /** Forgets a pending resume without running it (the program is killed or gone). */
    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
        resume = null;
        until = null;
    }

    /** Resumes a pause that is not over yet at once. */
    void resumeNow() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
        resumeOnTime();
    }

    @Override
    public void close() {
        resumeNow();
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
        }
        if (t != null) {
            Threads.shutDown(t, threads, Threads.JOIN_BOUND, "the pause timer of \"" + name + "\"");
        }
    }
}
