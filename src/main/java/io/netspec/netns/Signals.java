package io.netspec.netns;

/**
 * Sends a signal to a process by its id with {@code kill(2)}: the JDK can send only SIGTERM and SIGKILL,
 * and programs on hosts are paused (SIGSTOP) and resumed (SIGCONT) too. Numbers as on x86-64 and ARM Linux.
 */
public final class Signals {
    private Signals() {
    }

    /** The signals netspec sends to programs. */
    public enum Signal {
        TERM(15), KILL(9), STOP(19), CONT(18);

        private final int number;

        Signal(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        /** As {@code kill -l} names it, with the number: "SIGKILL (9)". */
        public String describe() {
            return "SIG" + name() + " (" + number + ")";
        }
    }

    /** Sends {@code signal} to {@code pid}; false when no such process exists any more (ESRCH). */
    public static boolean send(long pid, Signal signal) {
        if (pid <= 1 || pid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("refusing to signal process " + pid);
        }
        if (Libc.kill((int) pid, signal.number()) == 0) {
            return true;
        }
        int errno = Libc.errno();
        if (errno == ESRCH) {
            return false;
        }
        throw new IllegalStateException("kill(" + pid + ", " + signal.describe() + ") failed: " + Libc.describe(errno));
    }

    private static final int ESRCH = 3;
}
