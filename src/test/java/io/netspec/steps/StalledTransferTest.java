package io.netspec.steps;

import io.netspec.core.Requirement;
import io.netspec.host.Capability;
import io.netspec.testkit.Skip;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A transfer to a receiver that stopped reading fails saying, from the capture, that it advertised a zero window and for how long. */
class StalledTransferTest {
    static Stream<Arguments> stalls() {
        return Stream.of(Arguments.of("a server that never reads", """
                Given a network "office" on "192.168.1.0/24"
                And a host "web" at "192.168.1.10" on "office"
                And a host "db" at "192.168.1.20" on "office"
                And a TCP server "mute" on host "db" that never answers
                And a TCP client "alice" on host "web" connected to "mute"
                When "alice" sends 8 MiB of random data
                """, List.of("\"alice\" sent ", "of the 8388608 bytes of random data it was to send within 10 s",
                "the capture of \"office\" shows 192.168.1.20:", "advertised a zero window from ",
                "its receiver had stopped reading (still zero when the step failed)")));
    }

    private static Map<String, Outcome> outcomes;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: a stalled transfer\n", ThrowawayFeatures.scenarios(stalls()), 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stalls")
    void failsSayingTheReceiverAdvertisedAZeroWindow(String what, String steps, List<String> expected) {
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(30));
    }
}
