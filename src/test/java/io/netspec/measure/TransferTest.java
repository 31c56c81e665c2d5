package io.netspec.measure;

import io.netspec.text.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferTest {
    @Test
    void timesUntilTheReceiverHasGrownByTheSize() {
        AtomicLong received = new AtomicLong(100);
        Transfer t = Transfer.time("alice", "sink", Size.parse("4 KiB"), Duration.ofSeconds(2),
                () -> received.addAndGet(4096), received::get);
        assertThat(t.bytes()).isEqualTo(4096);
        assertThat(t.describe()).startsWith("4096 bytes from \"alice\" reached \"sink\" in ");
    }

    @Test
    void aTransferThatFallsShortSaysHowMuchArrived() {
        AtomicLong received = new AtomicLong(100);
        assertThatThrownBy(() -> Transfer.time("alice", "sink", Size.parse("4 KiB"), Duration.ofMillis(100),
                () -> received.addAndGet(1000), received::get))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected \"sink\" to receive all 4 KiB from \"alice\" within 100 ms")
                .hasMessageEndingWith("but it had 1000 bytes");
    }
}
