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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


/** Bad input about hosts and networks fails its step within its bound, naming the input and the rule. */
class HostBadInputTest {
    private static final String OFFICE = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            """;

    private static final String ROUTED = """
            And a network "dc" on "10.0.0.0/8"
            And a host "db" at "10.0.0.5" on "dc"
            And a router "gw" at "192.168.1.1" on "office" and "10.0.0.1" on "dc"
            """;

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("an unknown network", "Given a host \"web\" at \"192.168.1.10\" on \"nowhere\"\n",
                        List.of("nowhere")),
                Arguments.of("an unknown host", OFFICE + "Then host \"ghost\" reaches \"192.168.1.10\"\n",
                        List.of("ghost")),
                Arguments.of("an address outside its network", OFFICE + "And a host \"db\" at \"192.168.2.20\" on \"office\"\n",
                        List.of("192.168.2.20 cannot be the address of \"db\" on \"office\": it lies outside the network",
                                "192.168.1.0/24 (192.168.1.0 to 192.168.1.255: 254 hosts, 192.168.1.1 to 192.168.1.254; a class C network)")),
                Arguments.of("a host named as a router on a path", OFFICE + ROUTED
                                + "Then the path from host \"web\" to \"10.0.0.5\" goes through \"gw, db\"\n",
                        List.of("\"db\" is a host, not a router: a path goes through routers only")),
                Arguments.of("a path through other routers than said", OFFICE + ROUTED
                                + "Then the path from host \"web\" to \"10.0.0.5\" crosses no router\n",
                        List.of("expected the path from host \"web\" to 10.0.0.5 to cross no router and reach it,"
                                + " but it went through \"gw\", then reached 10.0.0.5")),
                Arguments.of("a path to an address nobody has", OFFICE + ROUTED
                                + "Then the path from host \"web\" to \"10.9.9.9\" goes through \"gw\"\n",
                        List.of("expected the path from host \"web\" to 10.9.9.9 to go through \"gw\" and reach it,"
                                + " but it went through \"gw, ")),
                Arguments.of("a path from a host with no route there", OFFICE
                                + "Then the path from host \"web\" to \"10.0.0.5\" crosses no router\n",
                        List.of("but it went through no router, then the host's own kernel would not send to 10.0.0.5:"
                                + " Network is unreachable (errno 101)")),
                Arguments.of("a duplicate address", OFFICE + "And a host \"db\" at \"192.168.1.10\" on \"office\"\n",
                        List.of("it is already the address of \"web\" there", "two hosts on one network cannot share an address")),
                Arguments.of("the network address", OFFICE + "And a host \"db\" at \"192.168.1.0\" on \"office\"\n",
                        List.of("the network's own address (host part all zeros)", "254 hosts")),
                Arguments.of("the broadcast address", OFFICE + "And a host \"db\" at \"192.168.1.255\" on \"office\"\n",
                        List.of("the network's broadcast address (host part all ones)", "254 hosts")),
                Arguments.of("overlapping networks joined by one host", """
                        Given a network "big" on "10.0.0.0/8"
                        And a network "small" on "10.1.0.0/16"
                        And a router "gw" at "10.0.0.1" on "big" and "10.1.0.1" on "small"
                        """, List.of("cannot join both \"big\" (10.0.0.0/8) and \"small\" (10.1.0.0/16)", "overlap")),
                Arguments.of("a router joining one network twice", OFFICE
                        + "And a router \"gw\" at \"192.168.1.1\" on \"office\" and \"192.168.1.2\" on \"office\"\n",
                        List.of("cannot join \"office\" twice", "one interface per network")),
                Arguments.of("a command that exits at once", OFFICE + "And the command \"true\" runs on host \"web\"\n",
                        List.of("the command \"true\" on host \"web\" ended at once: it exited with status 0")),
                Arguments.of("a command that never starts", OFFICE
                        + "And the command \"netspec-no-such-program\" runs on host \"web\"\n",
                        List.of("the command \"netspec-no-such-program\" cannot start on host \"web\"",
                                "there is no program \"netspec-no-such-program\" on the PATH")),
                Arguments.of("an error a connection cannot fail with", OFFICE
                        + "Then a TCP connection from host \"web\" to \"192.168.1.20:80\" fails with \"bad luck\"\n",
                        List.of("\"bad luck\" is not an error a TCP connection can fail with", "\"network is unreachable\"")),
                Arguments.of("an IPv6 network without a prefix length", "Given a network \"v6\" on \"fd00:1::\"\n",
                        List.of("the network \"v6\" cannot be on \"fd00:1::\"", "needs a prefix length")),
                Arguments.of("a class D network", "Given a network \"m\" on \"224.0.0.0\"\n",
                        List.of("the network \"m\" cannot be on \"224.0.0.0\"", "class D")),
                Arguments.of("a host address that is refused after all", OFFICE
                        + "Then a host at \"192.168.1.11\" on \"office\" is refused\n",
                        List.of("expected a host at 192.168.1.11 on \"office\" to be refused, but it may be a host there")));
    }

    private static Map<String, Outcome> outcomes;

    /** Every case a scenario of one feature, run one after the other in one engine run. */
    @BeforeAll
    static void runEveryBadScenarioOnce(@TempDir Path dir) throws Exception {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: bad input\n", ThrowawayFeatures.scenarios(badScenarios()), 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsWithinItsBoundNamingTheInputAndTheRule(String what, String steps, List<String> expected) {
        // A bound, not a measure: the scenario makes hosts first, which took 16.7 s on a machine busy with
        // two builds and two CPU hogs; a bad input that waited for something would take longer still.
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(30));
    }
}
