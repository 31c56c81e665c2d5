package io.netspec.mail;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A real GreenMail server: what becomes of a connection that a client resets mid-dialogue. */
class MailServerTest {
    @Test
    void aConnectionResetMidDialogueIsRecordedNotPrinted() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (MailServer server = MailServer.start("mail")) {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(server.handlerFailures()).isEmpty();
            assertThat(server.handlerFailureReport()).isEqualTo("none");
            try (Socket client = new Socket()) {
                client.connect(server.address(), 2000);
                client.setSoTimeout(2000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                assertThat(in.readLine()).startsWith("220 ");
                // Half a command: the server's handler waits in its read for the rest of the line.
                client.getOutputStream().write("MAIL FROM:<a@exa".getBytes(StandardCharsets.US_ASCII));
                client.setSoLinger(true, 0);  // close() now sends RST: that read fails
            }
            await("the reset connection's thread to be recorded").atMost(Duration.ofSeconds(5))
                    .until(() -> !server.handlerFailures().isEmpty());
            assertThat(server.handlerFailures()).singleElement().asString()
                    .startsWith("smtp:127.0.0.1:" + ((InetSocketAddress) server.address()).getPort() + "<-/127.0.0.1:")
                    .contains("java.lang.IllegalStateException: Unexpected error handling connection, caused by java.net.SocketException: Connection reset");
            assertThat(server.handlerFailureReport()).isEqualTo(server.handlerFailures().get(0));
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("Connection reset");
    }
}
