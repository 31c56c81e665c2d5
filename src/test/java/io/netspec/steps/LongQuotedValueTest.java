package io.netspec.steps;

import io.netspec.testkit.steps.ThrowawayFeatures.End;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quoted value of 100,000 characters is matched and used like a short one, with or without escapes
 * (a pattern that recursed once per character overflowed the stack from about 2,000 characters, on
 * the engine's worker threads as on this one).
 */
class LongQuotedValueTest {
    static final int LENGTH = 100_000;

    @Test
    void quotedValuesOfAHundredThousandCharactersMatchAndTravel(@TempDir Path dir) throws Exception {
        String plain = "x".repeat(LENGTH);
        String escaped = "\\x41".repeat(LENGTH / 4);
        String mixed = "ab\\\"".repeat(LENGTH / 4);
        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("plain", echoed(plain, plain));
        scenarios.put("escapes", echoed(escaped, "A".repeat(LENGTH / 4)));
        scenarios.put("escaped quotes", echoed(mixed, mixed));
        scenarios.put("a long name", "Given a TCP echo server \"" + plain + "\"\n");
        Map<String, Outcome> outcomes = ThrowawayFeatures.run(dir, "Feature: long values\n", scenarios, 2);
        scenarios.keySet().forEach(name -> {
            Outcome outcome = ThrowawayFeatures.outcome(outcomes, name);
            assertThat(outcome.end()).as("\"%s\": %s", name, outcome.message()).isEqualTo(End.PASSED);
        });
    }

    @Test
    void theQuotedPatternTakesEscapesAndStopsAtTheClosingQuote() {
        String regex = ParameterTypes.QUOTED;
        assertThat("\"a\\\"b\"".matches(regex)).isTrue();
        assertThat("\"a\"b\"".matches(regex)).isFalse();
        assertThat("\"a\\\"".matches(regex)).isFalse();
        assertThat("\"\"".matches(regex)).isTrue();
        assertThat(("\"" + "\\n".repeat(LENGTH) + "\"").matches(regex)).isTrue();
    }

    private static String echoed(String sent, String expected) {
        return "Given a TCP echo server \"echo\"\n"
                + "And a TCP client \"alice\" connected to \"echo\"\n"
                + "When \"alice\" sends \"" + sent + "\"\n"
                + "Then \"alice\" receives \"" + expected + "\" within 10 s\n";
    }
}
