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

/**
 * A client, stub or link put where it cannot reach its target fails its step at once, naming both and
 * saying where to put it, instead of failing later with a bare OS error from the wrong namespace.
 */
class PlaceBadInputTest {
    private static final String HOSTS = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            And a host "db" at "192.168.1.20" on "office"
            """;

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("a link here to a service on a host", HOSTS
                                + "And a TCP echo server \"echo\" on host \"db\"\n"
                                + "And a link \"wan\" to \"echo\"\n",
                        List.of("the link \"wan\"", "in this machine's own network namespace cannot reach",
                                "which is inside host \"db\"", "on a host")),
                Arguments.of("a client on a host to a server here", HOSTS + "And a TCP echo server \"echo\"\n"
                                + "And a TCP client \"alice\" on host \"web\" connected to \"echo\"\n",
                        List.of("the TCP client \"alice\" on host \"web\" cannot reach", "it listens in this machine's own"
                                + " network namespace")),
                Arguments.of("an HTTP client here to a stub on a host", HOSTS
                                + "And an HTTP stub \"api\" on host \"db\" that answers GET \"/hi\" with status 200 and body \"hi\"\n"
                                + "When an HTTP client GETs \"/hi\" from \"api\" with a 1 s timeout\n",
                        List.of("an HTTP client in this machine's own network namespace cannot reach the HTTP stub \"api\"")),
                Arguments.of("a mail sent here through a server on a host", HOSTS + "And an SMTP server \"mail\" on host \"db\"\n"
                                + "When a mail from \"a@example.org\" to \"b@example.org\" with subject \"x\" is sent through \"mail\"\n",
                        List.of("the SMTP client in this machine's own network namespace cannot reach the SMTP server \"mail\"")),
                Arguments.of("a UDP link here to a server on a host", HOSTS + "And a UDP sink server \"usink\" on host \"db\"\n"
                                + "And a UDP link \"radio\" to \"usink\" that drops 10% of datagrams\n",
                        List.of("the UDP link \"radio\" in this machine's own network namespace cannot reach")),
                Arguments.of("a place that is not a host", HOSTS + "And a TCP echo server \"echo\" on host \"nowhere\"\n",
                        List.of("there is no host named \"nowhere\" in this scenario")));
    }

    private static Map<String, Outcome> outcomes;

    @BeforeAll
    static void runEveryBadScenarioOnce(@TempDir Path dir) throws IOException {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: endpoints in the wrong place\n",
                ThrowawayFeatures.scenarios(badScenarios()), 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsAtOnceNamingBothPlaces(String what, String steps, List<String> expected) {
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(15));
    }
}
