package io.netspec.socket;

import io.netspec.core.ScenarioError;
import io.netspec.testkit.KeptEvidence;
import io.netspec.text.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The datagram checks against a real UDP sink and client on loopback. */
class DatagramChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void numberedDatagramsInOrderAreWholeAndNoneTwice() {
        KeptEvidence evidence = new KeptEvidence();
        try (UdpServer sink = UdpServer.sink().named("sink").start(); UdpClient bob = new UdpClient("bob")) {
            assertThatThrownBy(() -> DatagramChecks.everyWhole("sink", sink, evidence))
                    .isInstanceOf(SocketExpectationError.class).hasMessageContaining("to be whole");
            bob.sendNumbered(10, () -> 100, sink, 1_000);
            sink.awaitReceived(10, WAIT);
            DatagramChecks.everyWhole("sink", sink, evidence);
            DatagramChecks.noDuplicates("sink", sink, evidence);
            assertThat(evidence.attached).containsKey("ledger of \"sink\"");
        }
    }

    @Test
    void aDatagramTooLargeForTheOsCannotBeSentAndASmallOneCan() {
        KeptEvidence evidence = new KeptEvidence();
        try (UdpServer sink = UdpServer.sink().named("sink").start(); UdpClient bob = new UdpClient("bob")) {
            DatagramChecks.cannotSend("bob", bob, Size.parse("70000 bytes"), () -> sink, "sink", evidence);
            assertThat(evidence.attached.keySet()).anyMatch(title -> title.startsWith("why \"bob\" could not send"));
            assertThatThrownBy(() -> DatagramChecks.cannotSend("bob", bob, Size.parse("100 bytes"), () -> sink, "sink", evidence))
                    .isInstanceOf(SocketExpectationError.class).hasMessageEndingWith("to \"sink\", but the OS took it");
        }
    }

    @Test
    void datagramSizesMustBeARangeANumberedDatagramCanHave() {
        DatagramChecks.sizeRange(NumberedDatagram.HEADER, NumberedDatagram.MAX_SIZE);
        assertThatThrownBy(() -> DatagramChecks.sizeRange(100, 50)).isInstanceOf(ScenarioError.class)
                .hasMessageStartingWith("datagram sizes 100 to 50 bytes are not a range within ");
    }
}
