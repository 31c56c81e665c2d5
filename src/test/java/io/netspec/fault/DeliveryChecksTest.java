package io.netspec.fault;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.KeptEvidence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reference protocols on loopback, checked as the steps check them. */
class DeliveryChecksTest {
    @Test
    void everyMessageDeliveredOnceAndInOrderPassesAndMoreThanWereSentFails() throws Exception {
        KeptEvidence evidence = new KeptEvidence();
        try (ReliableReceiver inbox = new ReliableReceiver("inbox")) {
            ReliableSender.standard().send(inbox, 50, Duration.ofSeconds(10));
            DeliveryChecks.deliveredInOrder("inbox", inbox, 50, List.of(), () -> 7, evidence);
            assertThat(evidence.attached.get("reliable-delivery receiver \"inbox\"")).startsWith("50 messages delivered from ");
            assertThatThrownBy(() -> DeliveryChecks.deliveredInOrder("inbox", inbox, 51, List.of(), () -> 7, evidence))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected \"inbox\" to deliver messages 0 to 50 exactly once and in order,"
                            + " but it delivered 50").hasMessageEndingWith(" (seed 7)");
        }
    }

    @Test
    void onlyAnIdempotentRequestServerCountsRequestsAndNoneSentIsNoneProcessed() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").start();
             TcpServer requests = TcpServer.with(new IdempotentRequests()).named("requests").start()) {
            assertThatThrownBy(() -> DeliveryChecks.processedOnce("echo", echo, 1, evidence))
                    .isInstanceOf(ScenarioError.class).hasMessageEndingWith("server; expected an idempotent request server");
            assertThatThrownBy(() -> DeliveryChecks.processedOnce("requests", requests, 3, evidence))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected \"requests\" to have processed each of the 3 requests exactly once,"
                            + " but it processed 0; never received: ");
        }
    }
}
