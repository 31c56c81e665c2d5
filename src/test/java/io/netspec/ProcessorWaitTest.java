package io.netspec;

import io.netspec.testkit.Lateness;
import io.netspec.testkit.ProcessorWait;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor wait that timing bounds of unit tests grow by is the kernel's count of this JVM's threads
 * waiting their turn: more busy threads than processors must wait, and a bound grows by what they waited.
 */
class ProcessorWaitTest {
    @Test
    void threadsThatOutnumberTheProcessorsWaitForThemAndTheBoundGrowsByIt() throws Exception {
        int processors = Runtime.getRuntime().availableProcessors();
        long spin = Duration.ofMillis(300).toNanos();
        CountDownLatch spun = new CountDownLatch(2 * processors + 1);
        CountDownLatch looked = new CountDownLatch(1);
        List<Thread> busy = new ArrayList<>();
        ProcessorWait before = ProcessorWait.now();
        Lateness.Timed<Void> timed = Lateness.during(() -> {
            // 2 x processors + 1 threads each busy for 300 ms: at least processors + 1 of them wait at any time,
            // (processors + 1) x 300 ms in sum (at least 900 ms) whatever else the machine runs. They stay until
            // they were looked at: a thread that ends takes its count with it.
            for (int i = 0; i < 2 * processors + 1; i++) {
                Thread t = new Thread(() -> {
                    long end = System.nanoTime() + spin;
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                    spun.countDown();
                    awaitQuietly(looked);
                }, "netspec-test-busy-" + i);
                t.start();
                busy.add(t);
            }
            assertThat(spun.await(60, TimeUnit.SECONDS)).as("the busy threads done within 60 s").isTrue();
            return null;
        });
        Duration waited = ProcessorWait.now().since(before);
        looked.countDown();
        for (Thread t : busy) {
            t.join();
        }
        assertThat(waited).as("the busy threads' wait for a processor, counted by the kernel")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(timed.waited()).as("the wait Lateness measured over the same threads").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(timed.bound(Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(10).plus(Lateness.MARGIN)
                .plus(timed.lateness().multipliedBy(3)).plus(timed.waited()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
