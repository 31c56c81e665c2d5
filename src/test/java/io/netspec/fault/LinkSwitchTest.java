package io.netspec.fault;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The down / up / down-for state machine of a link, with no Toxiproxy behind it. */
class LinkSwitchTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void downForComesBackUpByItself() {
        try (LinkSwitch link = new LinkSwitch("wan")) {
            AtomicInteger ups = new AtomicInteger();
            link.wentDown();
            link.upAfter(Duration.ofMillis(30), () -> {
                ups.incrementAndGet();
                link.wentUp();
            });
            assertThat(link.isDown()).isTrue();
            link.awaitUp(WAIT);
            assertThat(link.isDown()).isFalse();
            assertThat(ups).hasValue(1);
        }
    }

    @Test
    void aLaterDownByHandCancelsThePendingReturn() {
        try (LinkSwitch link = new LinkSwitch("wan")) {
            AtomicInteger ups = new AtomicInteger();
            link.wentDown();
            link.upAfter(Duration.ofSeconds(30), ups::incrementAndGet);
            link.wentDown();
            link.awaitUp(WAIT);
            assertThat(link.isDown()).isTrue();
            assertThat(ups).hasValue(0);
        }
    }

    @Test
    void upOrHealByHandCancelsThePendingReturn() {
        try (LinkSwitch link = new LinkSwitch("wan")) {
            AtomicInteger ups = new AtomicInteger();
            link.wentDown();
            link.upAfter(Duration.ofSeconds(30), ups::incrementAndGet);
            link.wentUp();
            link.awaitUp(WAIT);
            assertThat(link.isDown()).isFalse();
            assertThat(ups).hasValue(0);
        }
    }

    @Test
    void aFailedReturnIsRethrownNamingTheLink() {
        try (LinkSwitch link = new LinkSwitch("wan")) {
            link.wentDown();
            link.upAfter(Duration.ZERO, () -> {
                throw new ToxiproxyException("Toxiproxy did not answer", null);
            });
            assertThatThrownBy(() -> link.awaitUp(WAIT)).isInstanceOf(ToxiproxyException.class)
                    .hasMessage("bringing the link \"wan\" back up failed: Toxiproxy did not answer");
            assertThat(link.isDown()).isTrue();
        }
    }

    @Test
    void aReturnThatDoesNotComeInTimeFailsWithTheBound() {
        try (LinkSwitch link = new LinkSwitch("wan")) {
            link.wentDown();
            link.upAfter(Duration.ofSeconds(30), link::wentUp);
            assertThatThrownBy(() -> link.awaitUp(Duration.ofMillis(20))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the link \"wan\" was not back up within 20 ms");
        }
    }

    @Test
    void closingStopsTheTimerThread() {
        LinkSwitch link = new LinkSwitch("closing-test");
        link.upAfter(Duration.ofSeconds(30), link::wentUp);
        assertThat(timerThreads()).isEqualTo(1);
        link.close();
        assertThat(timerThreads()).isZero();
    }

    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("netspec-link-closing-test") && t.isAlive()).count();
    }
}
