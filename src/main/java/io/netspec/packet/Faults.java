package io.netspec.packet;

import io.netspec.core.ScenarioError;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A scenario's faults between hosts: the {@link Cuts} every network's treatment asks about each frame,
 * the {@link FaultTimeline} of what was applied when, and the one thread (made at the first fault that
 * names a time) that ends faults after their time and runs flaps, so the scenario goes on meanwhile.
 * {@link #close} (at the end of the scenario, before its networks close) stops that thread and undoes
 * every fault still lasting. Thread-safe.
 */
public final class Faults implements AutoCloseable {
    /** A fault in force: applied when it began, undone by {@link #end} (once). */
    public final class Fault {
        private final Runnable undo;
        private final FaultTimeline.Entry entry;
        private boolean ended;

        private Fault(Runnable undo, FaultTimeline.Entry entry) {
            this.undo = undo;
            this.entry = entry;
        }

        /** Undoes the fault and ends its timeline entry; does nothing when it has ended already. */
        public void end() {
            synchronized (Faults.this) {
                if (ended) {
                    return;
                }
                ended = true;
                lasting.remove(this);
                undo.run();
                timeline.end(entry, System.nanoTime());
            }
        }

        public FaultTimeline.Entry entry() {
            return entry;
        }
    }

    private final String name;
    private final Cuts cuts = new Cuts();
    private final FaultTimeline timeline = new FaultTimeline();
    private final List<Fault> lasting = new ArrayList<>();
    private Scheduler scheduler;
    private boolean closed;

    /** {@code name} names the scheduler's thread ({@code netspec-packets-<name>}). */
    public Faults(String name) {
        this.name = name;
    }

    public Cuts cuts() {
        return cuts;
    }

    public FaultTimeline timeline() {
        return timeline;
    }

    /**
     * Applies a fault now ({@code apply}) and puts it on the timeline from the moment it took effect; it
     * lasts until {@link Fault#end}, which runs {@code undo}. {@code frames} counts what it dropped (null: none).
     */
    public synchronized Fault begin(FaultTimeline.Kind kind, String words, Collection<String> subjects, Runnable apply,
                                    Runnable undo, LongSupplier frames) {
        if (closed) {
            throw ScenarioError.of(words + ": the scenario has ended; faults end with it");
        }
        apply.run();
        Fault fault = new Fault(undo, timeline.begin(kind, words, subjects, System.nanoTime(), frames));
        lasting.add(fault);
        return fault;
    }

    /** Ends {@code fault} {@code after} its start, from this scenario's fault thread. */
    public void endAfter(Fault fault, Duration after) {
        at(fault.entry().startNanos() + after.toNanos(), fault::end);
    }

    /** Runs {@code task} at {@code nanoTime} on this scenario's fault thread (nothing once closed). */
    public void at(long nanoTime, Runnable task) {
        Scheduler s;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (scheduler == null) {
                scheduler = new Scheduler("faults-" + name);
            }
            s = scheduler;
        }
        s.at(nanoTime, () -> {
            synchronized (this) {  // never half-way through a task when close() takes over
                if (!closed) {
                    task.run();
                }
            }
        });
    }

    /**
     * Runs {@code outage} (which begins a fault, or gives null to let a window pass) at each window of
     * {@code schedule}, counted from now, and ends that fault at the window's end, until the scenario ends.
     */
    public void flap(FlapSchedule schedule, Supplier<Fault> outage) {
        long begun = System.nanoTime();
        nextWindow(schedule, begun, outage);
    }

    private void nextWindow(FlapSchedule schedule, long begun, Supplier<Fault> outage) {
        long[] window = schedule.next();
        at(begun + window[0], () -> {
            Fault down = outage.get();
            if (down != null) {
                at(begun + window[1], down::end);
            }
            nextWindow(schedule, begun, outage);
        });
    }

    /** Runs {@code task} now and then every {@code period} on this scenario's fault thread, until it closes. */
    public void every(Duration period, Runnable task) {
        at(System.nanoTime(), new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                task.run();
                at(now + period.toNanos(), this);
            }
        });
    }

    /** The faults still lasting whose timeline entry {@code which} accepts, oldest first. */
    public synchronized List<Fault> lasting(Predicate<FaultTimeline.Entry> which) {
        return lasting.stream().filter(f -> which.test(f.entry)).toList();
    }

    /** The first failure of a fault ended or begun from the fault thread, if any. */
    public synchronized RuntimeException failure() {
        return scheduler == null ? null : scheduler.failure();
    }

    /** Stops the fault thread (joined within a bound), then undoes every fault still lasting. */
    @Override
    public void close() {
        Scheduler s;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            s = scheduler;
        }
        RuntimeException failure = null;
        try {
            if (s != null) {
                s.close();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        List<Fault> left;
        synchronized (this) {
            left = List.copyOf(lasting);
        }
        for (Fault f : left) {
            try {
                f.end();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
