package io.netspec.steps;

import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the mail and HTTPS phrases fails its step with a message naming the input; all the
 * cases run as scenarios of one feature in one engine run.
 */
class ProtocolBadInputTest {
    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private record Case(String steps, List<String> expected, Class<? extends Throwable> type) {
    }

    static {
        CASES.put("an unknown mail target", new Case("""
                Given an SMTP server "mail"
                When a mail from "ann@example.org" to "bob@example.org" with subject "Hi" is sent through "mial"
                """, List.of("nothing in this scenario is named \"mial\" (yet)", "known: \"mail\" (SMTP server)"), IllegalArgumentException.class));
        CASES.put("a sender with no domain", new Case("""
                Given an SMTP server "mail"
                When a mail from "ann@" to "bob@example.org" with subject "Hi" is sent through "mail"
                """, List.of("the mail address \"ann@\" is malformed: it has no domain after the @"),
                IllegalArgumentException.class));
        CASES.put("a recipient with no local part", new Case("""
                Given an SMTP server "mail"
                When a mail from "ann@example.org" to "@example.org" with subject "Hi" is sent through "mail"
                """, List.of("the mail address \"@example.org\" is malformed: it has nothing before the @"),
                IllegalArgumentException.class));
        CASES.put("a recipient with a space", new Case("""
                Given an SMTP server "mail"
                When a mail from "ann@example.org" to "bob smith@example.org" with subject "Hi" is sent through "mail"
                """, List.of("the mail address \"bob smith@example.org\" is malformed: it holds a space"),
                IllegalArgumentException.class));
        CASES.put("a mailbox check on a server that is not an SMTP server", new Case("""
                Given a TCP echo server "echo"
                Then "echo" holds 1 mail for "bob@example.org" with subject "Hi" within 1 s
                """, List.of("\"echo\" is a TCP server, but the step needs a SMTP server"), IllegalArgumentException.class));
        CASES.put("a mail sent to a server that does not speak SMTP", new Case("""
                Given a TCP server "mute" that never answers
                When a mail from "ann@example.org" to "bob@example.org" with subject "Hi" is sent through "mute"
                """, List.of("failed at the greeting stage with a timeout", "the server said nothing"), AssertionError.class));
        CASES.put("an HTTPS request to a plain HTTP stub", new Case("""
                Given an HTTP stub "api" that answers GET "/hi" with status 200 and body "hi"
                When an HTTPS client GETs "/hi" from "api" with a 1 s timeout
                """, List.of("\"api\" leads to the HTTP stub \"api\"", "which speaks plain HTTP"),
                IllegalArgumentException.class));
        CASES.put("a certificate error that netspec does not know", new Case("""
                Given an HTTPS stub "old" with an expired certificate that answers GET "/hi" with status 200 and body "hi"
                When an HTTP client GETs "/hi" from "old" with a 1 s timeout
                Then the HTTP request fails with a certificate error "revoked"
                """, List.of("\"revoked\" is not a certificate error netspec knows", "\"unknown CA\""),
                IllegalArgumentException.class));
        CASES.put("a certificate error expected from a plain HTTP request", new Case("""
                Given an HTTP stub "api" that answers GET "/hi" with status 200 and body "hi"
                When an HTTP client GETs "/hi" from "api" with a 1 s timeout
                Then the HTTP request fails with a certificate error
                """, List.of("expected the HTTP request to fail with a certificate error", "answered status 200"),
                AssertionError.class));
    }

    @Test
    void eachFailsItsStepNamingTheInput(@TempDir Path dir) throws Exception {
        Map<String, String> scenarios = new LinkedHashMap<>();
        CASES.forEach((name, c) -> scenarios.put(name, c.steps()));
        Map<String, Outcome> outcomes = ThrowawayFeatures.run(dir, "Feature: bad protocol input\n", scenarios, 1);
        CASES.forEach((name, c) -> assertThat(ThrowawayFeatures.failed(outcomes, name).thrown().orElse(null)).as(name)
                .isInstanceOf(c.type()).hasMessageContainingAll(c.expected().toArray(String[]::new)));
    }
}
