package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UdpEndpointsTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void echoSendsADatagramBack() {
        try (UdpServer echo = UdpServer.echo().named("uecho").start(); UdpClient bob = new UdpClient("bob")) {
            bob.send("hi".getBytes(StandardCharsets.US_ASCII), echo);
            assertThat(bob.receiveExactly("hi".getBytes(StandardCharsets.US_ASCII), WAIT)).hasSize(2);
        }
    }

    @Test
    void noDatagramFailsWithinItsBound() {
        try (UdpServer sink = UdpServer.sink().start(); UdpClient bob = new UdpClient("bob")) {
            bob.send(new byte[]{1}, sink);
            assertThatThrownBy(() -> bob.receiveExactly("hi".getBytes(StandardCharsets.US_ASCII), Duration.ofMillis(200)))
                    .hasMessage("expected \"bob\" to receive the datagram \"hi\" (68 69) within 200 ms, but none came");
        }
    }

    @Test
    void aDatagramLargerThanTheLimitIsRefusedByTheOs() {
        try (UdpServer sink = UdpServer.sink().named("usink").start(); UdpClient bob = new UdpClient("bob")) {
            assertThatThrownBy(() -> bob.send(new byte[70_000], sink))
                    .isInstanceOf(SocketExpectationError.class)
                    .hasMessageContaining("\"bob\" could not send a datagram of 70000 bytes to \"usink\"")
                    .hasMessageContaining("Message too long");
        }
    }

    @Test
    void sinkCountsNumberedDatagramsWhole() {
        try (UdpServer sink = UdpServer.sink().start(); UdpClient bob = new UdpClient("bob")) {
            bob.sendNumbered(500, () -> 100, sink, 50_000);
            DatagramLedger.Snapshot s = sink.awaitReceived(500, WAIT);
            assertThat(s.received()).isEqualTo(500);
            assertThat(s.distinct()).isEqualTo(500);
            assertThat(s.notWhole()).isZero();
            assertThat(sink.ledger().missing(500)).isZero();
            assertThat(sink.ledger().missing(510)).isEqualTo(10);
        }
    }

    @Test
    void ledgerSeesDuplicatesReorderingAndCutDatagrams() {
        DatagramLedger ledger = new DatagramLedger();
        record(ledger, NumberedDatagram.encode(0, 100));
        record(ledger, NumberedDatagram.encode(2, 100));
        record(ledger, NumberedDatagram.encode(1, 100));
        record(ledger, NumberedDatagram.encode(2, 100));
        byte[] cut = NumberedDatagram.encode(3, 100);
        ledger.record(cut, 60);
        byte[] corrupt = NumberedDatagram.encode(4, 100);
        corrupt[50] ^= 1;
        record(ledger, corrupt);
        record(ledger, "hi".getBytes(StandardCharsets.US_ASCII));
        DatagramLedger.Snapshot s = ledger.snapshot();
        assertThat(s.received()).isEqualTo(7);
        assertThat(s.distinct()).isEqualTo(5);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.outOfOrder()).as("#1 after #2").isEqualTo(1);
        assertThat(s.notWhole()).isEqualTo(2);
        assertThat(s.unnumbered()).isEqualTo(1);
        assertThat(s.firstProblem()).isEqualTo("datagram #3 arrived with 60 bytes, but was sent with 100");
        assertThat(ledger.missing(6)).isEqualTo(1);
    }

    @Test
    void numberedDatagramsHaveLimits() {
        assertThatThrownBy(() -> NumberedDatagram.encode(0, 8)).hasMessageContaining("16 to 65507 bytes");
        assertThat(NumberedDatagram.read(NumberedDatagram.encode(9, 16), 16).whole()).isTrue();
    }

    private static void record(DatagramLedger ledger, byte[] datagram) {
        ledger.record(datagram, datagram.length);
    }
}
