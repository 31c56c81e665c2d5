package io.netspec.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleFailuresTest {
    private static final String WHERE = "features/tcp/echo.feature:4";

    @Test
    void anUnmetExpectationIsOneBlockWithoutAStackTrace() {
        String block = ConsoleFailures.block(WHERE, "echo", "line 8: Then \"alice\" receives \"bye\"",
                new Result(Status.FAILED, Duration.ofMillis(5), new AssertionError("expected \"bye\"\nbut got \"hel\"")));
        assertThat(block).isEqualTo("""
                FAILED  features/tcp/echo.feature:4  echo
                  step    line 8: Then "alice" receives "bye"
                  expected "bye"
                  but got "hel"
                """);
    }

    @Test
    void aWrongScenarioSaysSoWithoutAStackTrace() {
        String block = ConsoleFailures.block(WHERE, "echo", "line 5: Given a TCP client \"a\" connected to \"x\"",
                new Result(Status.FAILED, Duration.ZERO, new IllegalArgumentException("target \"x\" is malformed")));
        assertThat(block).contains("the scenario is wrong: target \"x\" is malformed").doesNotContain("\tat ")
                .doesNotContain("      at ");
    }

    @Test
    void whenNetspecBrokeOnlyItsOwnFramesAreShownWithTheCauses() {
        IllegalStateException broke = new IllegalStateException("Toxiproxy did not start",
                new java.io.IOException("Connection refused"));
        broke.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.netspec.fault.ToxiproxyServer", "start", "ToxiproxyServer.java", 42),
                new StackTraceElement("io.cucumber.core.runner.Runner", "run", "Runner.java", 7),
                new StackTraceElement("io.netspec.steps.LinkSteps", "link", "LinkSteps.java", 30)});
        String block = ConsoleFailures.block(WHERE, "echo", "line 5: Given a link \"wan\" to \"echo\"",
                new Result(Status.FAILED, Duration.ZERO, broke));
        assertThat(block).contains("netspec or a component it runs broke (java.lang.IllegalStateException)")
                .contains("at io.netspec.fault.ToxiproxyServer.start(ToxiproxyServer.java:42)")
                .contains("at io.netspec.steps.LinkSteps.link(LinkSteps.java:30)")
                .doesNotContain("io.cucumber.core.runner")
                .contains("caused by java.io.IOException: Connection refused");
    }

    @Test
    void anUndefinedStepIsOneLinePointingToTheClosestPhrases() {
        String block = ConsoleFailures.block(WHERE, "typo", "line 9: Given a TCP echo sever \"echo\"",
                new Result(Status.UNDEFINED, Duration.ZERO, null));
        assertThat(block).contains("UNDEFINED  features/tcp/echo.feature:4  typo")
                .contains("the closest phrases that exist are listed below").doesNotContain("@Given").doesNotContain("PendingException");
    }
}
