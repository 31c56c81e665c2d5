package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class UnixTranscriptTest {
    @Test
    void aUnixDomainClientThatBoundNoPathIsNotShownWithAnEmptyAddress() {
        try (UnixServer server = UnixServer.echo().named("local").start();
             UnixClient client = UnixClient.connect("carol", server, Duration.ofSeconds(2))) {
            String transcript = client.transcript().text();
            assertThat(transcript).contains("connect(").doesNotContain("connected from  ")
                    .doesNotMatch("(?s).*connected from \\s*(\\(|\\n|$).*")
                    .contains("an unnamed Unix-domain socket");
        }
    }
}
