package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Why a connection failed comes from the type of the OS failure, not from its words. */
class ConnectFailureTest {
    private static final Target TARGET = Targets.parse("127.0.0.1:9");
    private static final Duration BOUND = Duration.ofSeconds(1);

    @Test
    void aRefusalInAnotherLanguageIsStillARefusal() {
        // The OS's words follow its locale: glibc under de_DE says this for ECONNREFUSED.
        ConnectFailure f = ConnectFailure.of(TARGET, BOUND, Duration.ofMillis(1), new ConnectException("Verbindungsaufbau abgelehnt"));
        assertThat(f.refused()).isTrue();
        assertThat(f.reason()).isEqualTo(ConnectFailure.Reason.REFUSED);
        assertThat(f.osError()).isEqualTo("Verbindungsaufbau abgelehnt");
        assertThat(f.getMessage()).endsWith(": Verbindungsaufbau abgelehnt (ConnectException)");
    }

    @Test
    void otherFailuresAreToldApartByType() {
        assertThat(ConnectFailure.of(TARGET, BOUND, BOUND, new SocketTimeoutException("no answer")).reason())
                .isEqualTo(ConnectFailure.Reason.TIMED_OUT);
        assertThat(ConnectFailure.of(TARGET, BOUND, BOUND, new NoRouteToHostException("No route to host")).reason())
                .isEqualTo(ConnectFailure.Reason.UNREACHABLE);
        ConnectFailure other = ConnectFailure.of(TARGET, BOUND, BOUND, new SocketException("Connection refused, said a message"));
        assertThat(other.reason()).isEqualTo(ConnectFailure.Reason.OTHER);
        assertThat(other.refused()).isFalse();
    }
}
