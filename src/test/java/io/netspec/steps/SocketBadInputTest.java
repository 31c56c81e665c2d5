package io.netspec.steps;

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
import java.util.stream.Stream;


/** Bad input and faults fail their step within its bound, naming the endpoint, what was expected and what was seen. */
class SocketBadInputTest {

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("an unknown endpoint name", """
                        Given a TCP echo server "nobody2"
                        And a TCP client "alice" connected to "nobody"
                        """, List.of("nothing in this scenario is named \"nobody\" (yet)", "a server, service, link or stub made by an earlier step",
                        "known: \"nobody2\" (TCP server)")),
                Arguments.of("a duplicate endpoint name", """
                        Given a TCP echo server "echo"
                        And a TCP sink server "echo"
                        """, List.of("the name \"echo\" is already taken by a TCP server")),
                Arguments.of("a malformed host:port", """
                        Given the TCP service "svc" at "127.0.0.1:99999"
                        """, List.of("target \"127.0.0.1:99999\" is malformed", "outside 1-65535")),
                Arguments.of("a service that is not up", """
                        Given the TCP service "redis" at "127.0.0.1:1"
                        """, List.of("the TCP service \"redis\" at 127.0.0.1:1 is not up", "Connection refused")),
                Arguments.of("an unset placeholder", """
                        Given the TCP service "redis" at "127.0.0.1:${NETSPEC_SURELY_UNSET_PORT}"
                        """, List.of("needs ${NETSPEC_SURELY_UNSET_PORT}", "neither the environment variable")),
                Arguments.of("a reply that never comes", """
                        Given a TCP server "mute" that never answers
                        And a TCP client "alice" connected to "mute"
                        When "alice" sends "ping\\n"
                        Then "alice" receives "pong\\n" within 300 ms
                        """, List.of("expected \"alice\" to receive \"pong\\n\" (70 6f 6e 67 0a) within 300 ms, but it had no bytes")),
                Arguments.of("a short reply", """
                        Given a TCP server "pong" that replies "po" to "ping"
                        And a TCP client "alice" connected to "pong"
                        When "alice" sends "ping"
                        Then "alice" receives "pong" within 300 ms
                        """, List.of("but it had 2 bytes: \"po\" (70 6f)")),
                Arguments.of("a peer that closes mid-transfer", """
                        Given a TCP server "quitter" that closes each connection after reading 16 KiB
                        And a TCP client "alice" connected to "quitter"
                        When "alice" sends 64 MiB of random data
                        """, List.of("\"alice\" could not send to \"quitter\"")),
                Arguments.of("a sink that did not get what was sent", """
                        Given a TCP server "quitter" that closes each connection after reading 10 bytes
                        And a TCP client "alice" connected to "quitter"
                        When "alice" sends "0123456789"
                        Then "quitter" received exactly what "alice" sent
                        When "alice" sends "more"
                        Then "quitter" received exactly what "alice" sent
                        """, List.of("expected \"quitter\"", "to have received exactly the 14 bytes \"alice\" sent",
                        "it read 10 bytes", "\"0123456789\" (30 31 32 33 34 35 36 37 38 39)")),
                Arguments.of("an unknown stream check", """
                        Given byte streams are checked with MD5
                        """, List.of("unknown stream check \"MD5\": expected one of SHA-256, CRC32C")),
                Arguments.of("a stream check chosen after the endpoints started", """
                        Given a TCP echo server "echo"
                        And byte streams are checked with CRC32C
                        """, List.of("byte streams must be given their check before the first TCP or Unix-domain server",
                        "(SHA-256 is already in use)")),
                Arguments.of("a link that will not come back up by itself", """
                        Given a TCP echo server "echo"
                        And a link "wan" to "echo"
                        When the link "wan" goes down
                        Then the link "wan" is back up within 200 ms
                        """, List.of("the link \"wan\" is down with no end set")),
                Arguments.of("a peer that stops reading, which is not a refusal", """
                        Given a TCP server "mute" that never answers
                        And a TCP client "alice" connected to "mute"
                        Then "alice" cannot send 8 MiB of random data
                        """, List.of("expected \"alice\" to be unable to send 8 MiB", "because the peer closed or reset",
                        "the OS reported no error", "(the peer is not reading)")),
                Arguments.of("a server where a client is needed", """
                        Given a TCP echo server "echo"
                        When "echo" sends "x"
                        """, List.of("\"echo\" is a TCP server, but the step needs a TCP or Unix-domain client")),
                Arguments.of("a datagram that never comes", """
                        Given a UDP sink server "usink"
                        And a UDP client "bob"
                        When "bob" sends the datagram "hi" to "usink"
                        Then "bob" receives the datagram "hi" within 200 ms
                        """, List.of("expected \"bob\" to receive the datagram \"hi\" (68 69) within 200 ms, but none came")),
                Arguments.of("fewer datagrams than expected", """
                        Given a UDP sink server "usink"
                        And a UDP client "bob"
                        When "bob" sends 10 datagrams of 100 bytes to "usink"
                        Then "usink" received 11 datagrams
                        """, List.of("expected \"usink\"", "to have received 11 datagrams within", "but it received 10 datagrams")));
    }

    private static Map<String, Outcome> outcomes;

    /**
     * One run of the Cucumber engine for every case (a scenario each, run in parallel as the suite runs
     * them), instead of one engine start per case: each scenario has its own World, so they do not meet.
     */
    @BeforeAll
    static void runEveryBadScenarioOnce(@TempDir Path dir) throws Exception {
        outcomes = ThrowawayFeatures.run(dir, "Feature: bad input\n", ThrowawayFeatures.scenarios(badScenarios()), 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsWithinItsBoundSayingWhatWasExpectedAndSeen(String what, String steps, List<String> expected) {
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(10));
    }
}
