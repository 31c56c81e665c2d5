package io.netspec.measure;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.LatenessWatch;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import io.netspec.testkit.KeptEvidence;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTripReportTest {
    private static RoundTrips trips() {
        RoundTrips trips = new RoundTrips("alice");
        for (int ms = 10; ms <= 30; ms++) {
            trips.record(Duration.ofMillis(ms));
        }
        return trips;
    }

    @Test
    void aMeasurementIsAttachedAsATableAndAChart() {
        KeptEvidence evidence = new KeptEvidence();
        RoundTripReport.attach("alice", trips(), "no fault", evidence);
        assertThat(evidence.attached).containsKeys("round trips of \"alice\"", "round trips of \"alice\" (chart)");
        assertThat(evidence.mediaTypes).containsEntry("round trips of \"alice\" (chart)", "image/svg+xml");
    }

    @Test
    void theMedianIsCheckedAgainstItsRangeWithAChartOfTheRange() {
        KeptEvidence evidence = new KeptEvidence();
        LatenessWatch.Lateness none = LatenessWatch.Lateness.none();
        String line = RoundTripReport.median("alice", trips(), "no fault", Duration.ofMillis(15), Duration.ofMillis(25),
                none, evidence);
        assertThat(line).contains("the median round trip of \"alice\"");
        assertThat(evidence.attached).containsKey("round trips of \"alice\" against asserted median: 15 ms to 25 ms (chart)");
        assertThatThrownBy(() -> RoundTripReport.median("alice", trips(), "no fault", Duration.ofMillis(1),
                Duration.ofMillis(2), none, evidence)).isInstanceOf(ExpectationFailure.class);
    }

    @Test
    void aPercentileIsCheckedBelowItsBound() {
        KeptEvidence evidence = new KeptEvidence();
        LatenessWatch.Lateness none = LatenessWatch.Lateness.none();
        assertThat(RoundTripReport.percentile(99, "alice", trips(), "", Duration.ofMillis(100), none, evidence))
                .contains("the 99th percentile round trip of \"alice\"");
        assertThat(evidence.attached).containsKey("round trips of \"alice\" against asserted: 99th percentile below 100 ms (chart)");
        assertThatThrownBy(() -> RoundTripReport.percentile(99, "alice", trips(), "", Duration.ofMillis(5), none, evidence))
                .isInstanceOf(ExpectationFailure.class);
    }

    @Test
    void datagramRoundTripsAreAttachedWithAChartOnlyWhenAnyCameBack() {
        KeptEvidence evidence = new KeptEvidence();
        try (UdpServer echo = UdpServer.echo().named("echo").start(); UdpServer sink = UdpServer.sink().named("sink").start();
             UdpClient bob = new UdpClient("bob")) {
            byte[] ping = "ping".getBytes(StandardCharsets.US_ASCII);
            RoundTripReport.attachDatagrams("bob", DatagramTrips.measure(bob, ping, echo, 3, Duration.ofSeconds(2)),
                    "\"echo\"", evidence);
            assertThat(evidence.attached).containsKeys("round trips of \"bob\"", "round trips of \"bob\" (chart)");
            KeptEvidence none = new KeptEvidence();
            RoundTripReport.attachDatagrams("bob", DatagramTrips.measure(bob, ping, sink, 1, Duration.ofMillis(100)),
                    "\"sink\"", none);
            assertThat(none.attached).containsOnlyKeys("round trips of \"bob\"");
        }
    }
}
