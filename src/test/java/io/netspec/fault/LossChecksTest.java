package io.netspec.fault;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.impair.Impairment;
import io.netspec.measure.Loss;
import io.netspec.socket.SocketExpectationError;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import io.netspec.testkit.KeptEvidence;
import io.netspec.text.Percent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loss at a real UDP sink behind a real UDP link on loopback, checked as the loss steps check it. */
class LossChecksTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SEED = " (seed 7)";
    private static final Supplier<String> SEED_NOTE = () -> SEED;

    private static UdpRelay link(UdpServer sink, Impairment settings) throws Exception {
        return UdpRelay.open("radio", sink, 7, new SplittableRandom(7), new SplittableRandom(~7), settings);
    }

    @Test
    void aPlainLinkLosesNothingAndHasNothingToCount() throws Exception {
        KeptEvidence evidence = new KeptEvidence();
        try (UdpServer sink = UdpServer.sink().named("sink").start(); UdpRelay radio = link(sink, Impairment.NONE);
             UdpClient bob = new UdpClient("bob")) {
            bob.sendNumbered(100, () -> 100, radio, 20_000);
            Loss loss = LossAtSink.countAndAttach("sink", sink, List.of(radio), WAIT, evidence);
            assertThat(loss.sent()).isEqualTo(100);
            assertThat(evidence.attached).containsKey("loss at \"sink\"");
            LossChecks.between("sink", loss, List.of(radio), Percent.parse("0%"), Percent.parse("1%"), SEED_NOTE, evidence);
            assertThat(evidence.mediaTypes).containsEntry("loss at \"sink\" (chart)", "image/svg+xml");
            assertThatThrownBy(() -> LossChecks.between("sink", loss, List.of(radio), Percent.parse("5%"),
                    Percent.parse("10%"), SEED_NOTE, evidence)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected \"sink\" to lose between 5% and 10% of the datagrams, but")
                    .hasMessageEndingWith(SEED);
            LossChecks.consistent("sink", loss, List.of(radio), Percent.parse("0%"), Percent.parse("95%"), SEED_NOTE, evidence);
            assertThatThrownBy(() -> LossChecks.consistent("sink", loss, List.of(radio), Percent.parse("50%"),
                    Percent.parse("95%"), SEED_NOTE, evidence)).hasMessageContaining("leaves 50% out" + SEED);
            assertThatThrownBy(() -> LossChecks.countedEvery("sink", "radio", radio, loss, SEED_NOTE, evidence))
                    .isInstanceOf(NetspecFailure.class)
                    .hasMessageContaining("is set to neither duplicate nor reorder datagrams");
            LinkChecks.passedOnEvery("radio", radio, evidence);
            assertThat(evidence.attached).containsKey("UDP link \"radio\"");
            LinkReports.withRelayFailures(() -> List.of(radio), () -> { });
            SocketExpectationError missing = new SocketExpectationError("expected \"sink\" to receive 101 datagrams");
            assertThatThrownBy(() -> LinkReports.withRelayFailures(() -> List.of(radio), () -> {
                throw missing;
            })).isSameAs(missing);
        }
    }

    @Test
    void everyDuplicateALinkMadeIsCountedAtTheSink() throws Exception {
        KeptEvidence evidence = new KeptEvidence();
        try (UdpServer sink = UdpServer.sink().named("sink").start();
             UdpRelay radio = link(sink, Impairment.NONE.withDuplication(0.2));
             UdpClient bob = new UdpClient("bob")) {
            bob.sendNumbered(200, () -> 100, radio, 20_000);
            Loss loss = LossAtSink.countAndAttach("sink", sink, List.of(radio), WAIT, evidence);
            assertThat(radio.duplicatedTowardsTarget()).isPositive();
            LossChecks.countedEvery("sink", "radio", radio, loss, SEED_NOTE, evidence);
            assertThat(evidence.attached).containsKey("UDP link \"radio\"");
            Loss undercounted = new Loss("sink", loss.sent(), loss.distinct(), loss.duplicates() - 1, loss.reordered());
            assertThatThrownBy(() -> LossChecks.countedEvery("sink", "radio", radio, undercounted, SEED_NOTE, evidence))
                    .isInstanceOf(ExpectationFailure.class)
                    .hasMessageStartingWith("expected \"sink\" to count the " + radio.duplicatedTowardsTarget()
                            + " duplicates");
        }
    }

    @Test
    void theLinksInFrontOfASinkAreNamedForTheChart() throws Exception {
        try (UdpServer sink = UdpServer.sink().named("sink").start(); UdpRelay radio = link(sink, Impairment.NONE)) {
            assertThat(LossChecks.linksInFront("sink", List.of())).isEqualTo("no UDP link in front of \"sink\"");
            assertThat(LossChecks.linksInFront("sink", List.of(radio))).startsWith("through a UDP link that ");
        }
    }
}
