package io.netspec.host;

import io.netspec.core.NetspecFailure;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The kernel's state letter of a process ({@code /proc/<pid>/stat}: R, S, D, T, Z ...). A signal is
 * delivered when its process next runs, so a SIGSTOP has taken effect only once the state says stopped (T):
 * a pause waits for that before it returns, so what the scenario does next meets a stopped tree.
 */
final class ProcessStates {
    static final Duration STOP_BOUND = Duration.ofSeconds(2);

    private ProcessStates() {
    }

    /** The state letter of {@code pid}, or 'X' when it is gone. */
    static char of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException | RuntimeException e) {
            return 'X';
        }
    }

    /** Waits (at most {@link #STOP_BOUND}) until each of {@code pids} is stopped or gone; fails naming those that are not. */
    static void awaitStopped(List<Long> pids) {
        try {
            await("SIGSTOP to take effect on processes " + pids).atMost(STOP_BOUND).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(2)).pollInSameThread()
                    .until(() -> pids.stream().allMatch(ProcessStates::stoppedOrGone));
        } catch (ConditionTimeoutException e) {
            List<String> running = pids.stream().filter(p -> !stoppedOrGone(p)).map(p -> p + " (" + of(p) + ")").toList();
            throw NetspecFailure.of("processes " + running + " of a program did not stop within " + STOP_BOUND.toMillis()
                    + " ms of SIGSTOP", e);
        }
    }

    private static boolean stoppedOrGone(long pid) {
        char state = of(pid);
        return state == 'T' || state == 't' || state == 'Z' || state == 'X';
    }
}
