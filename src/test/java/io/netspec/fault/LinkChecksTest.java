package io.netspec.fault;

import io.netspec.core.NetspecFailure;
import io.netspec.socket.PeerEnd;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.KeptEvidence;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The link checks through a real Toxiproxy link in front of a real server on loopback. */
class LinkChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final ToxiproxyServer server = ToxiproxyOrSkip.server();

    @Test
    void aLinkDownForAWhileComesBackAndOneDownForGoodIsTheScenariosMistake() {
        try (TcpServer echo = TcpServer.echo().named("echo").start(); Link link = Link.open(server, "wan", echo)) {
            link.downFor(Duration.ofMillis(100));
            assertThat(LinkChecks.backUpWithin("wan", link, WAIT)).isEqualTo("the link \"wan\" is up");
            link.down();
            assertThatThrownBy(() -> LinkChecks.backUpWithin("wan", link, Duration.ofMillis(100)))
                    .isInstanceOf(NetspecFailure.class)
                    .hasMessageStartingWith("the link \"wan\" is down with no end set, so it will not come back up by itself");
            link.up();
        }
    }

    @Test
    void aConnectionResetByTheLinkIsSeenAsResetAndNotAsClosedCleanly() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer echo = TcpServer.echo().named("echo").start(); Link link = Link.open(server, "wan", echo)) {
            link.resetPeer(Duration.ofMillis(200));
            try (TcpClient alice = TcpClient.connect("alice", link, WAIT)) {
                alice.send("hi".getBytes(StandardCharsets.US_ASCII));
                LinkChecks.expectEnd("alice", alice, PeerEnd.RESET, WAIT, evidence);
                assertThat(evidence.attached.get("how the connection of \"alice\" ended"))
                        .contains("after this step began to wait");
                assertThatThrownBy(() -> LinkChecks.expectEnd("alice", alice, PeerEnd.CLOSED, WAIT, evidence))
                        .isInstanceOf(SocketExpectationError.class)
                        .hasMessageStartingWith("expected \"alice\" to see the connection "
                                + PeerEnd.CLOSED.words());
            }
        }
    }

    @Test
    void theRetryingClientsReportIsAttachedAndTheLinksAreReported() {
        KeptEvidence evidence = new KeptEvidence();
        try (TcpServer requests = TcpServer.with(new IdempotentRequests()).named("requests").start();
             Link link = Link.open(server, "wan", requests)) {
            LinkChecks.retrying(link, 20, WAIT, WAIT, evidence);
            assertThat(evidence.attached).containsKey("retrying client");
            DeliveryChecks.processedOnce("requests", requests, 20, evidence);
            LinkReports.attach(List.of(link), List.of(), evidence);
            assertThat(evidence.attached.get("toxics of the link \"wan\"")).endsWith("  no toxics\n");
            assertThat(LinkReports.through(link)).contains("through the link \"wan\": no toxics");
            assertThat(LinkReports.through(requests)).isEmpty();
        }
    }
}
