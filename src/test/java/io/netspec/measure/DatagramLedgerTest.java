package io.netspec.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatagramLedgerTest {
    @Test
    void countsLossDuplicatesAndReordering() {
        DatagramLedger ledger = new DatagramLedger();
        for (long seq : new long[]{0, 1, 3, 2, 2, 5, 6, 6, 4}) {
            ledger.record(seq);
        }
        ledger.sent(10);
        assertThat(ledger.arrivals()).isEqualTo(9);
        assertThat(ledger.distinct()).isEqualTo(7);
        assertThat(ledger.duplicates()).isEqualTo(2);
        assertThat(ledger.reordered()).isEqualTo(2); // 2 after 3, 4 after 6
        assertThat(ledger.lost()).isEqualTo(3); // 7, 8, 9
        assertThat(ledger.lossRate()).isEqualTo(0.3);
        assertThat(ledger.table()).contains("| 10 ").contains("30.00%");
    }

    @Test
    void withoutASentCountLossIsUpToTheHighestSeen() {
        DatagramLedger ledger = new DatagramLedger();
        ledger.record(0);
        ledger.record(4);
        assertThat(ledger.sent()).isEqualTo(5);
        assertThat(ledger.lost()).isEqualTo(3);
    }
}
