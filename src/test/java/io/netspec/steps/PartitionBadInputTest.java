package io.netspec.steps;

import io.netspec.host.Capability;
import io.netspec.testkit.steps.ThrowawayFeatures.End;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bad input about faults between hosts fails its step at once, naming the input and the rule; a
 * directional rule on a network its packets never cross is refused (it used to be accepted and never
 * apply); and a scenario after one that cut, pulled and took down everything starts clean.
 */
class PartitionBadInputTest {
    private static final String ROUTED = """
            Given a network "office" on "192.168.1.0/24"
            And a network "dc" on "10.0.0.0/8"
            And a network "lab" on "172.20.0.0/16"
            And a host "web" at "192.168.1.10" on "office"
            And a host "db" at "10.0.0.5" on "dc"
            And a host "probe" at "172.20.0.9" on "lab"
            And a router "gw" at "192.168.1.1" on "office", "10.0.0.1" on "dc" and "172.20.0.1" on "lab"
            """;
    private static final String OFFICE = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            And a host "db" at "192.168.1.20" on "office"
            """;

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("a cut of a host from itself", OFFICE + "When hosts \"db\" are cut off from \"db\"\n",
                        List.of("host \"db\" cannot be cut off from itself")),
                Arguments.of("a host in both groups", OFFICE + "When hosts \"web, db\" are cut off from \"db\"\n",
                        List.of("host \"db\" is in both groups (\"web, db\" and \"db\")", "one side of a cut only")),
                Arguments.of("an unknown host", OFFICE + "When hosts \"web\" are cut off from \"dbx\"\n",
                        List.of("there is no host named \"dbx\"", "\"web\", \"db\"")),
                Arguments.of("an unknown network", OFFICE + "When the network \"nowhere\" goes down for 1 s\n",
                        List.of("there is no network named \"nowhere\"", "\"office\"")),
                Arguments.of("an unknown network for one way", OFFICE
                                + "When the network \"nowhere\" drops every packet from \"web\" to \"db\"\n",
                        List.of("there is no network named \"nowhere\"")),
                Arguments.of("a one-way cut of a host from itself", OFFICE
                                + "When the network \"office\" drops every packet from \"db\" to \"db\"\n",
                        List.of("\"db\" and \"db\" are the same host")),
                Arguments.of("healing with no cut", OFFICE + "When the partition heals\n",
                        List.of("the partition cannot heal: no cut of this scenario is in force")),
                Arguments.of("a flap whose down time is not shorter than its period", OFFICE
                                + "Given the network \"office\" flaps: down for 1 s every 1 s\n",
                        List.of("down for 1000 ms every 1000 ms", "shorter than its period")),
                Arguments.of("a cable plugged in that was not pulled", OFFICE
                                + "When the cable of host \"db\" is plugged back in\n",
                        List.of("the cable of host \"db\" cannot be plugged back in: it is not pulled")),
                Arguments.of("a cut for no time", OFFICE + "When hosts \"web\" are cut off from \"db\" for 0 s\n",
                        List.of("a fault cannot last 0 ms")),
                Arguments.of("a network that is not down brought up", OFFICE + "When the network \"office\" comes back up\n",
                        List.of("the network \"office\" cannot come back up: it is not down")),
                Arguments.of("a directional impairment on a network its packets never cross", ROUTED
                                + "Given the network \"lab\" drops 20% of packets from \"web\" to \"db\"\n",
                        List.of("the network \"lab\" cannot drop 20% of packets from \"web\" to \"db\": those packets never"
                                + " cross it; they cross \"office\", \"dc\"")),
                Arguments.of("a one-way cut on a network its packets never cross", ROUTED
                                + "When the network \"lab\" drops every packet from \"web\" to \"db\"\n",
                        List.of("the network \"lab\" cannot drop every packet from \"web\" to \"db\"")),
                Arguments.of("a time check of a name that is nothing", OFFICE
                                + "Then \"nobody\" was cut off for between 1 s and 2 s\n",
                        List.of("there is no host named \"nobody\"")));
    }

    private static final String CUT_ALL = "cut, pulled and down at the end";
    private static final String NEXT = "the next one on networks of the same names";

    private static Map<String, Outcome> outcomes;

    @BeforeAll
    static void runEveryScenarioOnce(@TempDir Path dir) throws IOException {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        Map<String, String> scenarios = ThrowawayFeatures.scenarios(badScenarios());
        scenarios.put(CUT_ALL, OFFICE + """
                When hosts "web" are cut off from "db"
                And the cable of host "db" is pulled
                And the network "office" goes down
                And the network "office" rejects TCP connections to "db" for 1 s
                Then "db" was cut off for between 0 s and 10 s
                """);
        scenarios.put(NEXT, OFFICE + """
                Then host "web" reaches "192.168.1.20"
                And "db" was cut off for between 0 s and 0 s
                """);
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: faults between hosts\n", scenarios, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsAtOnceNamingTheInputAndTheRule(String what, String steps, List<String> expected) {
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(30));
    }

    @Test
    void faultsEndWithTheirScenario() {
        for (String name : List.of(CUT_ALL, NEXT)) {
            Outcome outcome = ThrowawayFeatures.outcome(outcomes, name);
            assertThat(outcome.end()).as("\"%s\": %s", name, outcome.message()).isEqualTo(End.PASSED);
        }
    }
}
