package io.netspec.socket;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoppingTest {
    @Test
    void whatTheScenarioStartedStopsAndAFailureToCloseSaysSo() {
        TcpServer echo = TcpServer.echo().named("echo").start();
        Stopping.stop("echo", echo);
        assertThat(echo.isClosed()).isTrue();
        assertThatThrownBy(() -> Stopping.stop("stuck", (AutoCloseable) () -> {
            throw new IllegalStateException("held open");
        })).isInstanceOf(NetspecFailure.class).hasMessage("\"stuck\" did not stop cleanly: held open");
    }

    @Test
    void aServiceFoundRunningIsNotNetspecsToStop() {
        Target found = Targets.parse("127.0.0.1:6379");
        assertThatThrownBy(() -> Stopping.stop("redis", found)).isInstanceOf(ScenarioError.class)
                .hasMessageStartingWith("netspec does not stop services it did not start: " + found.describe()
                        + " was found running");
    }
}
