package io.netspec.testkit.glue.pending;

import io.cucumber.java.PendingException;
import io.cucumber.java.en.Given;

/** Test-only glue: a step someone started and has not finished, to prove a pending step fails the run. */
public final class PendingSteps {
    @Given("a step that is still being written")
    public void stillBeingWritten() {
        throw new PendingException("not written yet");
    }
}
