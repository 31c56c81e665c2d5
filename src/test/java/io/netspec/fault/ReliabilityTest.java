package io.netspec.fault;

import io.netspec.impair.Impairment;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference protocols deliver exactly once through real faults. */
class ReliabilityTest {
    @Test
    void retryingClientDeliversEachRequestOnceAcrossDownAndResets() throws Exception {
        IdempotentRequests requests = new IdempotentRequests();
        try (TcpServer server = TcpServer.with(requests).named("orders").start();
             Link link = Link.open(ToxiproxyOrSkip.server(), "wan", server);
             RetryingClient client = RetryingClient.to(link)) {
            link.resetPeer(Duration.ZERO);
            link.toxicity(0.3);
            link.downFor(Duration.ofMillis(500));
            RetryingClient.Report report = client.send(100, Duration.ofSeconds(20));
            assertThat(report.acknowledged()).isEqualTo(100);
            assertThat(report.failedAttempts()).as(report.describe()).isPositive();
            assertThat(requests.processed()).isEqualTo(100);
            assertThat(requests.deliveries().keySet()).hasSize(100);
            assertThat(requests.neverReceived(100, 20)).isEmpty();
            assertThat(requests.neverReceived(103, 2)).isEqualTo("100, 101");
        }
    }

    @Test
    void reliableDeliveryOverALossyUdpLink() throws Exception {
        try (ReliableReceiver inbox = new ReliableReceiver("inbox");
             UdpRelay radio = UdpRelay.open("radio", inbox, 9, new SplittableRandom(9), new SplittableRandom(10),
                     Impairment.NONE.withLoss(0.2))) {
            ReliableSender.Report report = ReliableSender.standard().send(radio, 1000, Duration.ofSeconds(20));
            assertThat(inbox.delivered()).hasSize(1000);
            for (int i = 0; i < 1000; i++) {
                assertThat(inbox.delivered().get(i)).isEqualTo(ReliableSender.message(i));
            }
            assertThat(inbox.wrongPositions(1000)).isEmpty();
            assertThat(inbox.failure()).isEmpty();
            assertThat(report.retransmissions()).isPositive();
            assertThat(radio.lostTowardsTarget()).isPositive();
        }
    }
}
