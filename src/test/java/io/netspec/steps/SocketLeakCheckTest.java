package io.netspec.steps;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suite's leak check fails on a socket left open between its two hooks, names it, and passes once it is closed. */
class SocketLeakCheckTest {
    @Test
    void aSocketLeftListeningFailsTheCheck() throws IOException {
        SocketLeakCheck.countBefore();
        int port;
        try (ServerSocket leak = new ServerSocket()) {
            leak.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = leak.getLocalPort();
            // The socket stays open for the whole look, so a short settle proves the failure as well as 5 s.
            assertThatThrownBy(() -> SocketLeakCheck.nothingLeftBehind(Duration.ofMillis(500))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the scenarios left things behind (after 500 ms")
                    .hasMessageContaining("1 new socket since before the suite")
                    .hasMessageMatching("(?s).*socket:\\[\\d+] tcp6? .*127\\.0\\.0\\.1:" + port + " .* LISTEN.*");
        }
        SocketLeakCheck.countBefore();
        assertThatCode(SocketLeakCheck::nothingLeftBehind).doesNotThrowAnyException();
    }

    @Test
    void withoutACountBeforeTheCheckSaysSo() {
        SocketLeakCheck.countBefore();
        SocketLeakCheck.nothingLeftBehind();
        assertThatThrownBy(SocketLeakCheck::nothingLeftBehind).hasMessageContaining("no count was taken before the suite");
    }

}
