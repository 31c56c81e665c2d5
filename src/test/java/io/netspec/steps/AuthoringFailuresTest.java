package io.netspec.steps;

import io.netspec.testkit.steps.ThrowawayFeatures.End;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user reaches for first fails readably: control characters escaped, the offset where two
 * byte strings part, a dead service behind a link named as such; and what must not fail does not.
 */
class AuthoringFailuresTest {

    static Stream<Arguments> failing() {
        return Stream.of(
                Arguments.of("an HTTP body with an escape that differs", """
                        Given an HTTP stub "api" that answers GET "/t" with status 200 and body "a\\tb\\n"
                        When an HTTP client GETs "/t" from "api" with a 2 s timeout
                        Then the HTTP response has status 200 and body "a\\tc\\n"
                        """, List.of("body \"a\\tc\\n\" (61 09 63 0a)", "with body \"a\\tb\\n\"",
                        "they first differ at byte offset 2")),
                Arguments.of("a TCP reply that differs in one byte", """
                        Given a TCP server "pong" that replies "pong\\r\\n" to "ping"
                        And a TCP client "alice" connected to "pong"
                        When "alice" sends "ping"
                        Then "alice" receives "pong\\n\\r" within 500 ms
                        """, List.of("\"pong\\r\\n\" (70 6f 6e 67 0d 0a)", "they first differ at byte offset 4",
                        "expected 0x0a, got 0x0d")),
                Arguments.of("a datagram that differs in its last byte", """
                        Given a UDP echo server "uecho"
                        And a UDP client "bob"
                        When "bob" sends the datagram "abc\\x01" to "uecho"
                        Then "bob" receives the datagram "abc\\x02" within 500 ms
                        """, List.of("they first differ at byte offset 3", "expected 0x02, got 0x01", "\"abc\\x01\"")),
                Arguments.of("no line that matches", """
                        Given a TCP server "mail" that replies "250 ok\\r\\n" to "x"
                        And a TCP client "alice" connected to "mail"
                        When "alice" sends "x"
                        Then "alice" receives a line matching "^220 .*SMTP" within 300 ms
                        """, List.of("expected \"alice\" to receive a line matching \"^220 .*SMTP\"", "within 300 ms",
                        "\"250 ok\\r\\n\"", "1 whole line(s) arrived and none matched")),
                Arguments.of("a regular expression that is not one", """
                        Given a TCP echo server "echo"
                        And a TCP client "alice" connected to "echo"
                        Then "alice" receives a line matching "([a-z" within 300 ms
                        """, List.of("\"([a-z\" is not a Java regular expression")),
                Arguments.of("text that never comes", """
                        Given a TCP server "redis" that replies "-ERR\\r\\n" to "PING\\r\\n"
                        And a TCP client "alice" connected to "redis"
                        When "alice" sends "PING\\r\\n"
                        Then "alice" receives text containing "+PONG" within 300 ms
                        """, List.of("to receive text containing \"+PONG\"", "\"-ERR\\r\\n\"")),
                Arguments.of("a reply that starts otherwise, failing at once", """
                        Given a TCP server "web" that replies "HTTP/1.1 404 Not Found\\r\\n\\r\\n" to "GET"
                        And a TCP client "alice" connected to "web"
                        When "alice" sends "GET"
                        Then "alice" receives a reply starting with "HTTP/1.1 200 OK\\r\\n" within 5 s
                        """, List.of("a reply starting with \"HTTP/1.1 200 OK\\r\\n\"", "first differ at byte offset 9",
                        "expected 0x32, got 0x34")),
                Arguments.of("round trips whose reply is not the one expected", """
                        Given a TCP server "redis" that replies "-ERR\\r\\n" to "PING\\r\\n"
                        And a TCP client "alice" connected to "redis"
                        When "alice" measures 5 round trips of "PING\\r\\n" expecting "+PONG\\r\\n"
                        """, List.of("to receive \"+PONG\\r\\n\"")),
                Arguments.of("a started program that never prints the prefix", """
                        Given the TCP service "quiet" started with "python3 -c 'print(\\"listening\\")'" printing its port after "port "
                        """, List.of("ended before printing its port after \"port \"", "listening")),
                Arguments.of("a datagram where silence was expected", """
                        Given a UDP echo server "uecho"
                        And a UDP client "bob"
                        When "bob" sends the datagram "hi\\n" to "uecho"
                        Then "bob" receives no datagram within 300 ms
                        """, List.of("expected \"bob\" to receive no datagram within 300 ms, but it received \"hi\\n\"")),
                Arguments.of("fewer datagrams back than expected", """
                        Given a UDP sink server "usink"
                        And the port of "usink" is saved as SINK_PORT
                        And the UDP service "quiet" at "127.0.0.1:${SINK_PORT}"
                        And a UDP client "bob"
                        When "bob" measures 1 round trips of the datagram "ping" to "quiet"
                        Then "bob" received between 1 and 1 datagrams back
                        """, List.of("expected \"bob\" to have received between 1 and 1 datagrams back, but it received 0")),
                Arguments.of("a UDP service at a socket path", """
                        Given the UDP service "dns" at "/tmp/netspec-no-such.sock"
                        """, List.of("the UDP service \"dns\" at \"/tmp/netspec-no-such.sock\": expected host:port")),
                Arguments.of("a link in front of a dead service", """
                        Given a TCP echo server "echo"
                        And the port of "echo" is saved as DEAD_PORT
                        When "echo" stops
                        And a link "wan" to "127.0.0.1:${DEAD_PORT}"
                        And a TCP client "alice" connected to "wan"
                        When "alice" sends "x"
                        Then "alice" receives "x" within 500 ms
                        """, List.of("the link \"wan\" to \"127.0.0.1:", "cannot carry connections", "the target refused it")),
                Arguments.of("stopping a service netspec did not start", """
                        Given a TCP echo server "echo"
                        And the port of "echo" is saved as ECHO_PORT
                        And the TCP service "redis" at "127.0.0.1:${ECHO_PORT}"
                        When "redis" stops
                        """, List.of("netspec does not stop services it did not start", "the TCP service \"redis\"")));
    }

    private static Map<String, Outcome> outcomes;

    /** Every case, failing and passing, a scenario of one feature, run in parallel in one engine run. */
    @BeforeAll
    static void runEveryScenarioOnce(@TempDir Path dir) throws Exception {
        outcomes = ThrowawayFeatures.run(dir, "Feature: authoring\n",
                ThrowawayFeatures.scenarios(Stream.concat(failing(), passing())), 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void failsSayingWhatWasExpectedAndSeenWithNoRawControlCharacters(String what, String steps, List<String> expected) {
        assertThat(ThrowawayFeatures.failed(outcomes, what).message()).contains(expected).doesNotContain("\r")
                .doesNotContain("\t");
    }

    static Stream<Arguments> passing() {
        return Stream.of(
                Arguments.of("a UDP link is found in the socket table", """
                        Given a UDP sink server "usink"
                        And a UDP link "radio" to "usink"
                        Then "radio" is listening
                        """, End.PASSED),
                Arguments.of("an HTTP body with a real newline", """
                        Given an HTTP stub "api" that answers GET "/t" with status 200 and body "hello\\n"
                        When an HTTP client GETs "/t" from "api" with a 2 s timeout
                        Then the HTTP response has status 200 and body "hello\\n"
                        """, End.PASSED),
                Arguments.of("an unset variable skips the scenario", """
                        Given the variable NETSPEC_SURELY_UNSET_VARIABLE is set, or the scenario is skipped
                        Then the TCP service "redis" at "127.0.0.1:1"
                        """, End.SKIPPED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void endsAsItShould(String what, String steps, End end) {
        Outcome outcome = ThrowawayFeatures.outcome(outcomes, what);
        assertThat(outcome.end()).as("\"%s\": %s", what, outcome.message()).isEqualTo(end);
        if (outcome.end() == End.SKIPPED) {
            assertThat(outcome.message()).contains("the variable NETSPEC_SURELY_UNSET_VARIABLE is not set");
        }
    }
}
