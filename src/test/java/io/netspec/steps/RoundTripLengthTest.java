package io.netspec.steps;

import io.netspec.testkit.steps.ThrowawayFeatures.End;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round trip is never measured wrong when the reply differs in length from what the phrase waits for:
 * a real server on loopback answers 7 bytes ("+PONG\r\n", as Redis does) to 6 ("PING\r\n"), and the trip
 * that waits for 6 says the reply was longer and points to "expecting" (before, the surplus byte was
 * timed as the start of the next trip: a median of 69 ms through an 80 ms link); a shorter reply says so
 * too; with "expecting" the same server is measured, and a reply longer than the expected one fails.
 */
class RoundTripLengthTest {
    private static final String REDIS = "Given a TCP server \"redis\" that replies \"+PONG\\r\\n\" to \"PING\\r\\n\"\n"
            + "And a TCP client \"app\" connected to \"redis\"\n";
    private static Map<String, Outcome> outcomes;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("longer", REDIS + "When \"app\" measures 20 round trips of \"PING\\r\\n\"\n");
        scenarios.put("shorter", "Given a TCP server \"short\" that replies \"+OK\\r\\n\" to \"PING\\r\\n\"\n"
                + "And a TCP client \"app\" connected to \"short\"\n"
                + "When \"app\" measures 20 round trips of \"PING\\r\\n\"\n");
        scenarios.put("expecting", REDIS + "When \"app\" measures 20 round trips of \"PING\\r\\n\" expecting \"+PONG\\r\\n\"\n");
        scenarios.put("longer than expected", REDIS + "When \"app\" measures 20 round trips of \"PING\\r\\n\" expecting \"+PONG\\r\"\n");
        outcomes = ThrowawayFeatures.run(dir, "Feature: round trips of replies of another length\n", scenarios, 2);
    }

    @Test
    void aReplyLongerThanTheRequestIsSaidNotMeasured() {
        Outcome longer = ThrowawayFeatures.failed(outcomes, "longer");
        assertThat(longer.thrown()).containsInstanceOf(AssertionError.class);
        assertThat(longer.message()).contains("expected \"app\"", "to get a reply to \"PING\\r\\n\"",
                "as long as the request (6 bytes)", "\"+PONG\\r\\n\"", "1 more byte(s) came than expected (7 instead of 6)",
                "no round trip was measured", "measures 20 round trips of \"PING\\r\\n\" expecting");
    }

    @Test
    void aReplyShorterThanTheRequestIsSaid() {
        Outcome shorter = ThrowawayFeatures.failed(outcomes, "shorter");
        assertThat(shorter.message()).contains("to receive 6 bytes", "\"+OK\\r\\n\"",
                "a service whose reply is shorter never ends a trip", "expecting");
    }

    @Test
    void withExpectingTheSameServerIsMeasuredAndALongerReplyStillFails() {
        Outcome expecting = ThrowawayFeatures.outcome(outcomes, "expecting");
        assertThat(expecting.end()).as(expecting.message()).isEqualTo(End.PASSED);
        Outcome longer = ThrowawayFeatures.failed(outcomes, "longer than expected");
        assertThat(longer.message()).contains("exactly \"+PONG\\r\"", "\"+PONG\\r\\n\"", "no round trip was measured");
    }
}
