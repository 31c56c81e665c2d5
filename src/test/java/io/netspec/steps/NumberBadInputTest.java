package io.netspec.steps;

import io.netspec.core.ScenarioError;
import io.netspec.host.Capability;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Numbers too large for what netspec holds, zone ids and the machine's own kernel settings fail as a wrong
 * scenario that names the input and what was expected: never an overflow, a conversion error of the test
 * engine or "netspec broke". Every phrase takes its numbers through netspec's own parameter types.
 */
class NumberBadInputTest {
    private static final String OFFICE = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            And a host "db" at "192.168.1.20" on "office"
            """;
    private static final String ALICE = OFFICE + """
            And a TCP echo server "echo" on host "db"
            And a TCP client "alice" on host "web" connected to "echo"
            """;
    private static final String HUGE = "99999999999";

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("bursts beyond any count", OFFICE
                                + "And the network \"office\" drops packets in bursts of " + HUGE + " on average\n",
                        List.of("\"" + HUGE + "\" is too large a number", "at most 2147483647")),
                Arguments.of("a data segment beyond any count", ALICE
                                + "And the network \"office\" drops data segment 3000000000 from \"alice\"\n",
                        List.of("\"3000000000\" is too large a number", "at most 2147483647")),
                Arguments.of("a delay longer than netspec counts", OFFICE
                                + "And the network \"office\" delays packets by 999999999999 min with 0 ms of jitter\n",
                        List.of("\"999999999999 min\" is longer than netspec can count", "250 ms")),
                Arguments.of("a zone id as a host address", "Given a network \"v6\" on \"fd00:1::/64\"\n"
                                + "And a host \"web\" at \"fd00:1::10%eth0\" on \"v6\"\n",
                        List.of("fd00:1::10%eth0 cannot be the address of \"web\" on \"v6\"", "it names a zone (%eth0)",
                                "expected the address alone, such as \"fd00:1::10\"")),
                Arguments.of("a zone id as a network", "Given a network \"v6\" on \"fe80::%eth0/64\"\n",
                        List.of("the network \"v6\" cannot be on \"fe80::%eth0/64\"", "it names a zone (%eth0/64)")),
                Arguments.of("a machine-wide net.core setting", OFFICE
                                + "And the kernel setting \"net.core.rmem_max\" is \"100000\" on host \"web\"\n",
                        List.of("\"net.core.rmem_max\" cannot be set on host \"web\"", "one of the whole machine's settings",
                                "net.core.somaxconn")),
                Arguments.of("a machine-wide net.core setting a host does not see", OFFICE
                                + "And the kernel setting \"net.core.netdev_max_backlog\" is \"1000\" on host \"web\"\n",
                        List.of("\"net.core.netdev_max_backlog\" cannot be set on host \"web\"", "whole machine's")),
                Arguments.of("a value the kernel refuses", OFFICE
                                + "And the kernel setting \"net.ipv4.tcp_syn_retries\" is \"many\" on host \"web\"\n",
                        List.of("refused \"many\" for net.ipv4.tcp_syn_retries", "expected a value that setting takes")),
                Arguments.of("a rate beyond any number", OFFICE
                                + "And the network \"office\" is limited to 1E400 Mbit/s\n",
                        List.of("the network \"office\"", "expected between 1 kbit/s")),
                Arguments.of("a percentile beyond any count", "Then the " + HUGE + "th percentile round trip of \"x\" is below 5 ms\n",
                        List.of("\"" + HUGE + "\" is too large a number")),
                Arguments.of("a seed beyond any number", "Given the random seed 99999999999999999999\n",
                        List.of("\"99999999999999999999\" is too large a number", "at most 9223372036854775807")),
                Arguments.of("a port beyond any number", "Then port 99999999999999999999 is a registered port\n",
                        List.of("\"99999999999999999999\" is too large a number")),
                Arguments.of("a status beyond any count", "Given an HTTP stub \"s\" that answers GET \"/\" with status "
                                + HUGE + " and body \"x\"\n", List.of("\"" + HUGE + "\" is too large a number")),
                Arguments.of("a wait longer than netspec counts", "Given a TCP echo server \"e\"\n"
                                + "And a TCP client \"a\" connected to \"e\"\n"
                                + "Then \"a\" receives \"x\" within 99999999999999999 min\n",
                        List.of("\"99999999999999999 min\" is longer than netspec can count")),
                Arguments.of("a crowd share of gibibytes", "Given a TCP echo server \"e\"\n"
                                + "When 2 TCP clients connect to \"e\" at once and each sends 3 GiB of its own\n",
                        List.of("each client's share of 3072 MiB is more than netspec holds at once", "at most 64 MiB")),
                Arguments.of("a crowd of too many clients", "Given a TCP echo server \"e\"\n"
                                + "When 2000000000 TCP clients connect to \"e\" at once and each sends 3 bytes of its own\n",
                        List.of("a crowd of 2000000000 TCP clients", "expected at most 10000 clients")),
                Arguments.of("a datagram of gibibytes", "Given a UDP sink server \"s\"\nAnd a UDP client \"bob\"\n"
                                + "Then \"bob\" cannot send a datagram of 3 GiB to \"s\"\n",
                        List.of("a datagram of 3072 MiB is more than netspec holds at once", "at most 1 MiB")),
                Arguments.of("a size beyond any count", "Given a UDP sink server \"s\"\nAnd a UDP client \"bob\"\n"
                                + "Then \"bob\" cannot send a datagram of 99999999999 GiB to \"s\"\n",
                        List.of("\"99999999999 GiB\" is more bytes than netspec can count")),
                Arguments.of("a mail of gibibytes", "Given an SMTP server \"mx\"\n"
                                + "When a mail of 3 GiB from \"a@example.org\" to \"b@example.org\" with subject \"s\" is sent"
                                + " through \"mx\"\n",
                        List.of("a mail of 3072 MiB is more than netspec holds at once", "at most 32 MiB")));
    }

    private static Map<String, Outcome> outcomes;

    @BeforeAll
    static void runEveryBadScenarioOnce(@TempDir Path dir) throws Exception {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: bad numbers\n", ThrowawayFeatures.scenarios(badScenarios()), 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsAsAWrongScenarioNamingTheInput(String what, String steps, List<String> expected) {
        Outcome outcome = ThrowawayFeatures.failed(outcomes, what);
        assertThat(outcome.message()).contains(expected);
        assertThat(outcome.thrown()).as("\"%s\" failed as a wrong scenario: %s", what, outcome.message())
                .containsInstanceOf(ScenarioError.class);
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "count|99999999999|\"99999999999\" is too large a number for netspec; expected a whole number of at most 2147483647",
            "count|-99999999999|\"-99999999999\" is too small a number for netspec; expected a whole number of at least -2147483648",
            "number|99999999999999999999|\"99999999999999999999\" is too large a number for netspec",
            "duration|999999999999 min|\"999999999999 min\" is longer than netspec can count",
            "duration|9999999999999999999999999999 ms|\"9999999999999999999999999999 ms\" is longer than netspec can count",
            "size|99999999999 GiB|\"99999999999 GiB\" is more bytes than netspec can count",
            "size|1.5 bytes|\"1.5 bytes\" is not a whole number of bytes"})
    void everyParameterTypeRefusesWhatItCannotHoldNamingTheInput(String type, String text, String message) {
        Map<String, Function<String, Object>> types = Map.of("count", PARAMETERS::count, "number", PARAMETERS::number,
                "duration", PARAMETERS::duration, "size", PARAMETERS::size, "percent", PARAMETERS::percent);
        assertThatThrownBy(() -> types.get(type).apply(text)).isInstanceOf(ScenarioError.class).hasMessageContaining(message);
    }

    @Test
    void aPercentageBeyondAnyNumberIsRefusedNamingIt() {
        String huge = "1" + "0".repeat(400) + "%";
        assertThatThrownBy(() -> PARAMETERS.percent(huge)).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("\"" + huge + "\" is not a percentage between 0% and 100%");
    }

    private static final ParameterTypes PARAMETERS = new ParameterTypes(new World());

    /**
     * Cucumber's own whole-number types fail a number too large with a conversion error that does not name
     * it ({@code {double}} takes any number, an infinite one too, and the phrase's own range check names it).
     */
    @Test
    void noPhraseTakesItsWholeNumbersThroughCucumbersOwnTypes() throws Exception {
        Pattern builtIn = Pattern.compile("\\{(int|long|byte|short|biginteger|float|bigdecimal)}");
        List<String> offending = new ArrayList<>();
        for (Class<?> glue : StepsDocTest.glueClasses()) {
            for (Method m : glue.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    String phrase = StepsDocTest.stepText(a);
                    if (phrase != null && builtIn.matcher(phrase).find()) {
                        offending.add(glue.getSimpleName() + "." + m.getName() + ": " + phrase);
                    }
                }
            }
        }
        assertThat(offending).as("phrases with Cucumber's own number types; use {count} (int) or {number} (long)").isEmpty();
    }
}
