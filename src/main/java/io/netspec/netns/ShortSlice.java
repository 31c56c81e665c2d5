package io.netspec.netns;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import java.time.Duration;
import java.util.Optional;

/**
 * Asks the kernel's scheduler for a short time slice for the calling thread: {@code sched_setattr} with
 * {@code sched_runtime} on a normal thread, which the EEVDF scheduler (Linux 6.12 and later) reads as the
 * thread's slice; no privilege is needed, and its priority does not change. A thread with a short slice
 * that wakes gets the processor from one that has run for longer at once, instead of after that thread's
 * slice (1.4 ms by default on two processors), and gives it back as soon. A thread that mostly waits and
 * then must act within a fraction of a millisecond (a switch's lane reading a frame) asks for one; a
 * thread that computes for long does not. Where the kernel has no such slices, the request changes
 * nothing (the kernel accepts and ignores it before 6.12) or is refused, and {@link #request} says why.
 */
public final class ShortSlice {
    /** The slice netspec asks for; the kernel accepts 0.1 ms to 100 ms. */
    public static final Duration SLICE = Duration.ofNanos(100_000);
    /** {@code struct sched_attr} as of Linux 4.13 (SCHED_ATTR_SIZE_VER1). */
    private static final int ATTR_SIZE = 56;
    private static final int SCHED_OTHER = 0;

    private ShortSlice() {
    }

    /** Asks for {@link #SLICE} for the calling thread; empty when it was given, else why not. */
    public static Optional<String> request() {
        long number = syscallNumber();
        if (number < 0) {
            return Optional.of("no short time slice asked: sched_setattr's number is not known on " + Platform.ARCH);
        }
        Memory attr = new Memory(ATTR_SIZE);
        attr.clear();
        attr.setInt(0, ATTR_SIZE);
        attr.setInt(4, SCHED_OTHER);
        attr.setLong(24, SLICE.toNanos());  // sched_runtime, after size, policy, flags (8), nice and priority
        int rc = Function.getFunction(Platform.C_LIBRARY_NAME, "syscall").invokeInt(new Object[] {number, 0, attr, 0});
        if (rc != 0) {
            int errno = Native.getLastError();
            return Optional.of("no short time slice: sched_setattr failed with errno " + errno + " (" + Libc.strerror(errno) + ")");
        }
        return Optional.empty();
    }

    private static long syscallNumber() {
        if (!Platform.isLinux()) {
            return -1;
        }
        return switch (Platform.ARCH) {
            case "x86-64" -> 314;
            case "aarch64" -> 274;
            default -> -1;
        };
    }
}
