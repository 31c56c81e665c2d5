package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnixAndExternalTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void unixEchoRemovesItsSocketFileAndFolder() {
        Path file;
        try (UnixServer local = UnixServer.echo().named("local one").start();
             UnixClient carol = UnixClient.connect("carol", local, WAIT)) {
            file = local.socketFile();
            assertThat(file).exists();
            assertThat(file.getFileName().toString()).isEqualTo("local_one.sock");
            carol.send("hi".getBytes(StandardCharsets.US_ASCII));
            carol.receiveExactly("hi".getBytes(StandardCharsets.US_ASCII), WAIT);
        }
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void aUnixClientNeedsASocketPath() {
        try (TcpServer echo = TcpServer.echo().start()) {
            assertThatThrownBy(() -> UnixClient.connect("carol", echo, WAIT)).hasMessageContaining("not a socket path");
        }
        assertThatThrownBy(() -> UnixClient.connect("carol", Targets.parse("/nonexistent/netspec.sock"), WAIT))
                .isInstanceOf(ConnectFailure.class).hasMessageContaining("/nonexistent/netspec.sock");
    }

    @Test
    void aPythonEchoServiceIsStartedReachedAndStopped() {
        ExternalService py = ExternalService.start("py", List.of("python3", "features/tcp/support/echo_server.py"),
                Path.of(System.getProperty("user.dir")), Duration.ofSeconds(10));
        try (py; TcpClient c = TcpClient.connect("c", py, WAIT)) {
            c.send("from java".getBytes(StandardCharsets.US_ASCII));
            c.receiveExactly("from java".getBytes(StandardCharsets.US_ASCII), WAIT);
        }
        assertThat(py.isAlive()).isFalse();
    }

    @Test
    void aServiceThatPrintsNoPortOrEndsFailsClearly() {
        Path here = Path.of(System.getProperty("user.dir"));
        assertThatThrownBy(() -> ExternalService.start("talker", List.of("sh", "-c", "echo hello; sleep 5"), here, WAIT))
                .hasMessageContaining("expected the first line printed by \"talker\"").hasMessageContaining("\"hello\"");
        assertThatThrownBy(() -> ExternalService.start("quitter", List.of("sh", "-c", "echo oops >&2; exit 3"), here, WAIT))
                .hasMessageContaining("\"quitter\"");
        assertThatThrownBy(() -> ExternalService.start("silent", List.of("sh", "-c", "sleep 5"), here, Duration.ofMillis(300)))
                .hasMessageContaining("to print its port within 300 ms");
        assertThatThrownBy(() -> ExternalService.start("none", List.of("no-such-program-netspec"), here, WAIT))
                .hasMessageContaining("could not start the service \"none\"");
        assertThat(ExternalService.split("python3 'a b.py' \"c d\" e")).containsExactly("python3", "a b.py", "c d", "e");
    }

    @Test
    void socketFileNamesAreSafe() {
        assertThat(UnixServer.fileName("../x")).isEqualTo(".._x.sock");
        assertThat(Files.exists(Path.of("/tmp"))).isTrue();
    }
}
