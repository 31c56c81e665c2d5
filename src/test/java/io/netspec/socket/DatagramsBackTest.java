package io.netspec.socket;

import io.netspec.core.ScenarioError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatagramsBackTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void datagramsBackAreCountedAgainstTheRange() {
        try (UdpServer echo = UdpServer.echo().named("echo").start(); UdpClient bob = new UdpClient("bob")) {
            for (int i = 0; i < 3; i++) {
                bob.send("hi".getBytes(StandardCharsets.US_ASCII), echo);
            }
            DatagramsBack.between(bob, 3, 3, WAIT);
            assertThatThrownBy(() -> DatagramsBack.between(bob, 4, 5, Duration.ofMillis(200)))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessage("expected \"bob\" to have received between 4 and 5 datagrams back, but it received 3"
                            + " (of 3 it sent)");
        }
    }

    @Test
    void aRangeThatIsNoneIsTheScenariosError() {
        assertThatThrownBy(() -> DatagramsBack.range(3, 2)).isInstanceOf(ScenarioError.class)
                .hasMessage("between 3 and 2 datagrams is not a range; expected two counts, the smaller first");
        assertThatThrownBy(() -> DatagramsBack.range(-1, 2)).isInstanceOf(ScenarioError.class);
    }
}
