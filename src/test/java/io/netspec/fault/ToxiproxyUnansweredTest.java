package io.netspec.fault;

import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A real Toxiproxy server that stops answering (SIGSTOP: the kernel still accepts connections, nobody
 * reads them) fails the call within its bound, and the call's thread ends by its socket timeout while
 * the server is still stopped, instead of waiting for it for ever.
 */
class ToxiproxyUnansweredTest {
    @Test
    void aCallThatIsNeverAnsweredFailsAndLeavesNoThreadWaiting() throws Exception {
        Path binary = ToxiproxyOrSkip.binary("needs a server of its own to stop");
        assertThat(ToxiproxyApiScheme.available()).as("the JDK finds netspec's timed API scheme").isTrue();
        try (ToxiproxyServer server = ToxiproxyServer.start(binary)) {
            long pid = server.serverProcess().orElseThrow().pid();
            signal("STOP", pid);
            try {
                // kill(2) returns once the signal is queued; each of the server's threads stops when the kernel
                // next runs it, which on a busy machine can be after a call has already been answered.
                await("every thread of the Toxiproxy server stopped").atMost(Duration.ofSeconds(30))
                        .until(() -> allThreadsStopped(pid));
                assertThatThrownBy(server::proxyNames).isInstanceOf(ToxiproxyException.class)
                        .hasMessageContaining("did not answer within " + ToxiproxyServer.API_TIMEOUT.toSeconds() + " s");
                // The call's socket timeout is as long as the caller's bound, and began a moment after it: its
                // thread ends soon after the call failed, while one without a socket timeout would wait for
                // the server as long as it stays stopped.
                await("the call's thread ended by its socket timeout, the server still stopped")
                        .atMost(ToxiproxyServer.API_TIMEOUT).until(() -> server.callsInProgress() == 0);
                assertThat(allThreadsStopped(pid)).as("the server was still stopped").isTrue();
            } finally {
                signal("CONT", pid);
            }
            assertThat(server.proxyNames()).as("the server answers again once resumed").isNotNull();
        }
    }

    /** Whether every thread of {@code pid} is in the stopped state ("T" in /proc/PID/task/TID/stat). */
    static boolean allThreadsStopped(long pid) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.allMatch(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
                } catch (IOException e) {
                    return true; // a thread that ended since the listing answers no call
                }
            });
        }
    }

    private static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(5, TimeUnit.SECONDS)).as("kill -%s %d ended", name, pid).isTrue();
        assertThat(kill.exitValue()).as("kill -%s %d", name, pid).isZero();
    }
}
