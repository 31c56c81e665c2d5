package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;
import com.sun.jna.Platform;

/**
 * Waits for frames on many TAP devices at once: one epoll instance, level-triggered, each device
 * known by a number its owner chose, and an eventfd by which another thread wakes the waiter at once
 * (to stop it, say). One thread waits on it; devices may be added from any thread meanwhile.
 */
public final class TapPoller implements AutoCloseable {
    /** {@code struct epoll_event}: packed on x86-64 (4 + 8 bytes), padded elsewhere (4 + 4 + 8). */
    private static final int EVENT_SIZE = Platform.isIntel() && Platform.is64Bit() ? 12 : 16;
    private static final int DATA_AT = EVENT_SIZE == 12 ? 4 : 8;
    private static final long WAKE = -1;

    private final int epoll;
    private final int wake;
    private final int capacity;
    private final Memory events;
    private final Memory one = new Memory(16);
    private final Memory counter = new Memory(8);
    private volatile boolean closed;

    private TapPoller(int epoll, int wake, int capacity) {
        this.epoll = epoll;
        this.wake = wake;
        this.capacity = capacity;
        this.events = new Memory((long) EVENT_SIZE * capacity);
    }

    /** A poller that reports at most {@code capacity} ready devices per wait. */
    public static TapPoller open(int capacity) {
        int epoll = Libc.epoll_create1(Libc.EPOLL_CLOEXEC);
        if (epoll < 0) {
            throw NetspecFailure.of("epoll_create1 failed: " + Libc.describe(Libc.errno()));
        }
        int wake = Libc.eventfd(0, Libc.EFD_NONBLOCK | Libc.EFD_CLOEXEC);
        if (wake < 0) {
            int errno = Libc.errno();
            Libc.close(epoll);
            throw NetspecFailure.of("eventfd failed: " + Libc.describe(errno));
        }
        TapPoller poller = new TapPoller(epoll, wake, capacity);
        poller.control(Libc.EPOLL_CTL_ADD, wake, WAKE, "its wake-up eventfd");
        return poller;
    }

    /** Watches {@code tap} for frames; {@link #await} reports it as {@code token} (0 or more). */
    public void add(Tap tap, int token) {
        if (token < 0) {
            throw new IllegalArgumentException("a TAP device's token must be 0 or more, not " + token);
        }
        control(Libc.EPOLL_CTL_ADD, tap.fd(), token, "TAP device " + tap.name());
    }

    /** Stops watching {@code tap} (before it is closed, or when reading it failed). */
    public void remove(Tap tap) {
        control(Libc.EPOLL_CTL_DEL, tap.fd(), 0, "TAP device " + tap.name());
    }

    private synchronized void control(int op, int fd, long token, String what) {
        one.clear();
        one.setInt(0, Libc.EPOLLIN);
        one.setLong(DATA_AT, token);
        if (Libc.epoll_ctl(epoll, op, fd, one) != 0) {
            throw NetspecFailure.of("epoll_ctl(" + (op == Libc.EPOLL_CTL_ADD ? "ADD" : "DEL") + ") for " + what
                    + " failed: " + Libc.describe(Libc.errno()));
        }
    }

    /**
     * Waits at most {@code timeoutMillis} for devices with frames waiting, and puts their tokens into
     * {@code ready}: how many (0 when none came, or when {@link #wake} was called). Only one thread waits.
     */
    public int await(int[] ready, int timeoutMillis) {
        int n = Libc.epoll_wait(epoll, events, Math.min(capacity, ready.length), timeoutMillis);
        if (n < 0) {
            int errno = Libc.errno();
            if (errno == Libc.EINTR || closed) {
                return 0;
            }
            throw NetspecFailure.of("epoll_wait failed: " + Libc.describe(errno));
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            long token = events.getLong((long) i * EVENT_SIZE + DATA_AT);
            if (token == WAKE) {
                Libc.read(wake, counter, 8);  // clears it: the waker's business is done by waking
            } else {
                ready[count++] = (int) token;
            }
        }
        return count;
    }

    /** Makes a waiting (or the next) {@link #await} return at once. Any thread. */
    public void wake() {
        Memory add = new Memory(8);
        add.setLong(0, 1);
        Libc.write(wake, add, 8);
    }

    /** Closes the poller; the waiting thread must have stopped waiting first. The devices stay open. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Libc.close(wake);
            Libc.close(epoll);
        }
    }
}
