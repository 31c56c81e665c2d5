package io.netspec.steps;

import io.netspec.core.Requirement;
import io.netspec.host.Capability;
import io.netspec.testkit.Skip;
import io.netspec.testkit.steps.ThrowawayFeatures.End;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input about packets fails its step within its bound, naming the input; impairments end with their scenario. */
class PacketBadInputTest {
    private static final String OFFICE = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            And a host "db" at "192.168.1.20" on "office"
            """;

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("an unknown network", OFFICE + "And the network \"nowhere\" drops 5% of packets\n",
                        List.of("there is no network named \"nowhere\"")),
                Arguments.of("a percentage over 100%", OFFICE + "And the network \"office\" drops 150% of packets\n",
                        List.of("150", "between 0% and 100%")),
                Arguments.of("a negative percentage", OFFICE + "And the network \"office\" drops -5% of packets\n",
                        List.of("-5.0%", "between 0% and 100%")),
                Arguments.of("a negative delay", OFFICE
                                + "And the network \"office\" delays packets by -5 ms with 0 ms of jitter\n",
                        List.of("\"-5 ms\" is a negative duration; expected 0 ms or more")),
                Arguments.of("an absurd delay", OFFICE
                                + "And the network \"office\" delays packets by 3600 s with 0 ms of jitter\n",
                        List.of("the network \"office\": a delay of 3600000 ms", "expected at most 10 s")),
                Arguments.of("jitter beyond any sense", OFFICE
                                + "And the network \"office\" delays packets by 10 ms with 20 s of jitter\n",
                        List.of("the network \"office\"", "20000 ms of jitter", "expected at most 10 s")),
                Arguments.of("a segment number below 1", OFFICE + "And a TCP echo server \"echo\" on host \"db\"\n"
                                + "And a TCP client \"alice\" on host \"web\" connected to \"echo\"\n"
                                + "And the network \"office\" drops data segment 0 from \"alice\"\n",
                        List.of("the network \"office\": drop data segment 0 from",
                                "expected a segment number of 1 or more")),
                Arguments.of("no SYN to drop", OFFICE + "And the network \"office\" drops the first 0 SYN packets to \"db\"\n",
                        List.of("the network \"office\": drop the first 0 SYN packets to 192.168.1.20", "expected 1 or more")),
                Arguments.of("a rate below any sense", OFFICE + "And the network \"office\" is limited to 0.5 kbit/s\n",
                        List.of("the network \"office\": a rate of 500 bit/s", "expected between 1 kbit/s")),
                Arguments.of("a capture of a network with no traffic", OFFICE + """
                                And a network "lab" on "10.9.0.0/16"
                                And a TCP echo server "echo" on host "db"
                                And a TCP client "alice" on host "web" connected to "echo"
                                Then the capture of "lab" shows the three-way handshake of "alice"
                                """,
                        List.of("the capture of \"lab\" is empty: no frame crossed it")),
                Arguments.of("a handshake that is not in the capture", OFFICE + """
                                And a network "lab" on "10.9.0.0/16"
                                And a host "x" at "10.9.0.10" on "lab"
                                And a host "y" at "10.9.0.20" on "lab"
                                And a TCP echo server "echo" on host "y"
                                And a TCP echo server "echo2" on host "db"
                                And a TCP client "bob" on host "x" connected to "echo"
                                And a TCP client "alice" on host "web" connected to "echo2"
                                Then the capture of "lab" shows the three-way handshake of "alice"
                                """,
                        List.of("expected the capture of \"lab\" to hold the connection of \"alice\" from 192.168.1.10:",
                                "TCP connections in it: [TCP 10.9.0.10:")),
                Arguments.of("a machine-wide kernel setting", OFFICE
                                + "And the kernel setting \"kernel.hostname\" is \"x\" on host \"web\"\n",
                        List.of("\"kernel.hostname\" cannot be set on host \"web\"", "only net. settings")));
    }

    private static final String UDP = OFFICE + """
            And a UDP sink server "usink" on host "db"
            And a UDP client "bob" on host "web"
            """;
    private static final String LOSSY = "lossy";
    private static final String NEXT = "the next one on a network of the same name";

    private static Map<String, Outcome> outcomes;

    /**
     * Every bad case, then a lossy scenario and the next one on a network of the same name: scenarios of
     * one feature, run one after the other in one engine run.
     */
    @BeforeAll
    static void runEveryScenarioOnce(@TempDir Path dir) throws Exception {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        Map<String, String> scenarios = ThrowawayFeatures.scenarios(badScenarios());
        scenarios.put(LOSSY, UDP + """
                And the network "office" drops 20% of packets
                When "bob" sends 500 datagrams of 100 bytes to "usink" at 2000 per second
                Then "usink" missed only the datagrams the network "office" dropped
                And the loss seen by "usink" is consistent with 20% at 99.9% confidence
                """);
        scenarios.put(NEXT, UDP + """
                When "bob" sends 500 datagrams of 100 bytes to "usink" at 2000 per second
                Then "usink" received 500 datagrams
                And "usink" missed only the datagrams the network "office" dropped
                """);
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: packets\n", scenarios, 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsWithinItsBoundNamingTheInput(String what, String steps, List<String> expected) {
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(30));
    }

    @Test
    void impairmentsEndWithTheirScenario() {
        for (String name : List.of(LOSSY, NEXT)) {
            Outcome outcome = ThrowawayFeatures.outcome(outcomes, name);
            assertThat(outcome.end()).as("\"%s\": %s", name, outcome.message()).isEqualTo(End.PASSED);
        }
    }
}
