package io.netspec.socket;

import io.netspec.text.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A real server that closes each connection after reading a given amount reads exactly that much. */
class ClosingAfterTest {
    @Test
    void itReadsExactlyItsLimitAndNoMore() throws IOException {
        try (TcpServer quitter = TcpServer.closingAfter(Size.parse("10 KiB")).named("quitter").start();
             Socket client = new Socket()) {
            client.connect(quitter.address(), 2000);
            OutputStream out = client.getOutputStream();
            out.write(new byte[8 * 1024]);
            out.write(new byte[8 * 1024]);  // arrives in the server's receive buffer before it reads again
            out.flush();
            await("the quitter to close its connection").atMost(Duration.ofSeconds(5))
                    .until(() -> quitter.calls().contains("close"));
            List<ServerConnection> connections = quitter.connections();
            assertThat(connections).hasSize(1);
            assertThat(connections.get(0).bytesRead()).as("16 KiB were sent").isEqualTo(10 * 1024);
            assertThat(quitter.path().text()).contains("close() after reading 10240 bytes (limit 10 KiB)");
        }
    }
}
