package io.netspec.fault;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

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
                assertThatThrownBy(server::proxyNames).isInstanceOf(ToxiproxyException.class)
                        .hasMessageContaining("did not answer within " + ToxiproxyServer.API_TIMEOUT.toSeconds() + " s");
                await("the call's thread ended by its socket timeout, the server still stopped")
                        .atMost(Duration.ofSeconds(2)).until(() -> server.callsInProgress() == 0);
            } finally {
                signal("CONT", pid);
            }
            assertThat(server.proxyNames()).as("the server answers again once resumed").isNotNull();
        }
    }

    private static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(5, TimeUnit.SECONDS)).as("kill -%s %d ended", name, pid).isTrue();
        assertThat(kill.exitValue()).as("kill -%s %d", name, pid).isZero();
    }
}
