package io.netspec.testkit.glue.report;

import io.cucumber.java.en.Given;

import java.io.IOException;
import java.io.OutputStream;

/** A test-only step that holds its scenario until the JVM is killed: it says READY, then reads standard input to its end. */
public final class WaitSteps {
    @Given("the scenario waits until its JVM is killed")
    public void waits() throws IOException {
        System.out.println("READY");
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream());
    }
}
