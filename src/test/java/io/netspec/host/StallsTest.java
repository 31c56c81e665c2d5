package io.netspec.host;

import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transfer runs as it is; one that fails with no capture to explain it fails as it did. */
class StallsTest {
    @Test
    void aTransferRunsAndAFailureWithNoCaptureToExplainItIsKept() {
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpClient alice = TcpClient.connect("alice", echo, Duration.ofSeconds(5))) {
            boolean[] ran = {false};
            Stalls.explaining(alice, List.of(), network -> null, () -> ran[0] = true);
            assertThat(ran[0]).isTrue();
            SocketExpectationError stalled = new SocketExpectationError("expected \"alice\" to send");
            assertThatThrownBy(() -> Stalls.explaining(alice, List.of(), network -> null, () -> {
                throw stalled;
            })).isSameAs(stalled);
        }
        assertThat(Places.hostOf(SocketPlace.HERE)).isEmpty();
    }
}
