package io.netspec.packet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Order and bounds of the scheduler; no assertion on how soon a task runs (that is the benchmark's). */
class SchedulerTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Scheduler scheduler = new Scheduler("test");
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        scheduler.close();
    }

    /** Holds the scheduler's thread in a task until released, so the tasks given meanwhile are all due together. */
    private CountDownLatch hold() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        scheduler.at(System.nanoTime(), () -> {
            holding.countDown();
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).as("the test released the scheduler").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).as("the scheduler ran the holding task").isTrue();
        return release;
    }

    @Test
    void dueTasksRunInTimeOrderAndEqualTimesInTheOrderGiven() throws InterruptedException {
        CountDownLatch release = hold();
        long base = System.nanoTime() - 100 * MS;
        scheduler.at(base + 30 * MS, () -> ran.add("30 ms"));
        scheduler.at(base + 10 * MS, () -> ran.add("10 ms, first given"));
        scheduler.at(base + 20 * MS, () -> ran.add("20 ms"));
        scheduler.at(base + 10 * MS, () -> ran.add("10 ms, second given"));
        scheduler.at(base, () -> ran.add("0 ms"));
        release.countDown();
        await("five tasks").atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 5);
        assertThat(ran).containsExactly("0 ms", "10 ms, first given", "10 ms, second given", "20 ms", "30 ms");
    }

    @Test
    void noTaskRunsBeforeItsTime() {
        long start = System.nanoTime();
        List<Long> early = Collections.synchronizedList(new ArrayList<>());
        int tasks = 40;
        for (int i = 0; i < tasks; i++) {
            // From well beyond the spinning stretch to well inside it, so both the park and the spin are used.
            long at = start + (i % 2 == 0 ? i * MS : i * Scheduler.SPIN_NANOS / 7);
            scheduler.at(at, () -> {
                long now = System.nanoTime();
                if (now - at < 0) {
                    early.add(at - now);
                }
                ran.add("ran");
            });
        }
        await("every task").atMost(Duration.ofSeconds(10)).until(() -> ran.size() == tasks);
        assertThat(early).as("nanoseconds by which tasks ran before their time").isEmpty();
        assertThat(scheduler.lateness()[0]).isEqualTo(tasks);
        assertThat(scheduler.lateness()[1]).isBetween(0L, scheduler.lateness()[2]);
    }

    @Test
    void anEarlierTaskGivenWhileALaterOneWaitsRunsFirst() {
        long now = System.nanoTime();
        scheduler.at(now + 500 * MS, () -> ran.add("later"));
        scheduler.at(now + MS, () -> ran.add("earlier"));
        await("both tasks").atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 2);
        assertThat(ran).containsExactly("earlier", "later");
    }

    @Test
    void aFailingTaskIsKeptAndTheOthersStillRun() throws InterruptedException {
        CountDownLatch release = hold();
        long now = System.nanoTime();
        scheduler.at(now, () -> {
            throw new IllegalStateException("first failure");
        });
        scheduler.at(now, () -> {
            throw new IllegalStateException("second failure");
        });
        scheduler.at(now, () -> ran.add("after the failures"));
        release.countDown();
        await("the task after the failures").atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 1);
        assertThat(scheduler.failure()).hasMessage("first failure");
    }

    @Test
    void closeDropsWhatWaitsAndIgnoresWhatComesAfter() {
        scheduler.at(System.nanoTime() + TimeUnit.HOURS.toNanos(1), () -> ran.add("in an hour"));
        assertThat(scheduler.waiting()).isEqualTo(1);
        scheduler.close();
        assertThat(scheduler.waiting()).isZero();
        scheduler.at(System.nanoTime(), () -> ran.add("after close"));
        assertThat(scheduler.waiting()).isZero();
        assertThat(ran).isEmpty();
    }
}
