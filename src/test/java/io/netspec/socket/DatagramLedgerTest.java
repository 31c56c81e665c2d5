package io.netspec.socket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger UDP sinks keep, fed numbered datagrams in a known order. */
class DatagramLedgerTest {
    @Test
    void countsLossDuplicatesAndReordering() {
        DatagramLedger ledger = new DatagramLedger();
        for (long seq : new long[]{0, 1, 3, 2, 2, 5, 6, 6, 4}) {
            byte[] d = NumberedDatagram.encode(seq, 32);
            ledger.record(d, d.length);
        }
        DatagramLedger.Snapshot s = ledger.snapshot();
        assertThat(s.received()).isEqualTo(9);
        assertThat(s.distinct()).isEqualTo(7);
        assertThat(s.duplicates()).isEqualTo(2);
        assertThat(s.outOfOrder()).as("2 after 3, its copy, 4 after 6").isEqualTo(3);
        assertThat(s.highest()).isEqualTo(6);
        assertThat(ledger.missing(10)).as("7, 8, 9").isEqualTo(3);
        assertThat(s.notWhole()).isZero();
        assertThat(s.toString()).startsWith("9 datagrams (288 bytes, 32-32 bytes each): 7 distinct numbered, 2 duplicated");
    }

    @Test
    void tellsUnnumberedAndDamagedDatagramsApart() {
        DatagramLedger ledger = new DatagramLedger();
        byte[] plain = "hello".getBytes();
        ledger.record(plain, plain.length);
        byte[] cut = NumberedDatagram.encode(0, 64);
        ledger.record(cut, 40);
        DatagramLedger.Snapshot s = ledger.snapshot();
        assertThat(s.unnumbered()).isEqualTo(1);
        assertThat(s.notWhole()).isEqualTo(1);
        assertThat(s.firstProblem()).isEqualTo("datagram #0 arrived with 40 bytes, but was sent with 64");
    }
}
