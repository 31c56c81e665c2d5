package io.netspec.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The report words a failure by its role, as the console does, without Java names for the first two; a skip keeps its own reason. */
class FailureWordsTest {
    private static String words(Throwable error) {
        return RunRecorder.message(new Result(Status.FAILED, Duration.ZERO, error));
    }

    @Test
    void eachRoleHasItsOwnWords() {
        assertThat(words(ExpectationFailure.of("expected 3 but was 4"))).isEqualTo("expected 3 but was 4");
        assertThat(words(ScenarioError.of("a percentage must lie between 0% and 100%, but was 150.0%")))
                .isEqualTo("the scenario is wrong: a percentage must lie between 0% and 100%, but was 150.0%");
        assertThat(words(NetspecFailure.of("the switch could not stop")))
                .isEqualTo("netspec or a component it runs broke (NetspecFailure): the switch could not stop");
    }

    @Test
    void aSkipKeepsItsOwnReasonUnworded() {
        Result skipped = new Result(Status.SKIPPED, Duration.ZERO,
                new org.opentest4j.TestAbortedException("skipped: hosts cannot run here: /dev/net/tun does not exist"));
        assertThat(RunRecorder.message(skipped)).isEqualTo("skipped: hosts cannot run here: /dev/net/tun does not exist");
    }

    @Test
    void aFailureWithoutAMessageStillSaysWhatKindItIs() {
        assertThat(words(new AssertionError())).isEqualTo("a check failed without saying why");
        assertThat(words(new IllegalArgumentException())).isEqualTo("the scenario is wrong");
        assertThat(words(new NullPointerException())).isEqualTo("netspec or a component it runs broke (NullPointerException)");
    }
}
