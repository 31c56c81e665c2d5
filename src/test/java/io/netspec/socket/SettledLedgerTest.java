package io.netspec.socket;

import io.netspec.core.ExpectationFailure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettledLedgerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void theLedgerSettlesOnceTheExpectedDatagramsArrived() {
        List<String> log = new ArrayList<>();
        try (UdpServer sink = UdpServer.sink().named("sink").start(); UdpClient bob = new UdpClient("bob")) {
            bob.sendNumbered(50, () -> 100, sink, 50_000);
            DatagramLedger.Snapshot s = SettledLedger.of("sink", sink, 50, WAIT, log::add);
            assertThat(s.received()).isEqualTo(50);
            assertThat(s.distinct()).isEqualTo(50);
            assertThat(log).isEmpty();
        }
    }

    @Test
    void aLedgerThatStopsGrowingIsSettledAndCheckedAsItIs() {
        List<String> log = new ArrayList<>();
        try (UdpServer sink = UdpServer.sink().named("sink").start(); UdpClient bob = new UdpClient("bob")) {
            bob.sendNumbered(20, () -> 100, sink, 50_000);
            sink.awaitReceived(20, WAIT);
            SettledLedger.atLeast("sink", sink, 20, "in all", DatagramLedger.Snapshot::received, WAIT, log::add);
            assertThatThrownBy(() -> SettledLedger.atLeast("sink", sink, 21, "in all", DatagramLedger.Snapshot::received,
                    WAIT, log::add)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected \"sink\" to receive at least 21 datagrams in all, but its ledger says ");
            assertThat(log).isEmpty();
        }
    }
}
