package io.netspec.testkit.glue.report;

import io.cucumber.java.en.Given;
import io.netspec.steps.World;

import java.nio.charset.StandardCharsets;

/** Test-only steps that attach hostile text and a picture, to check how the reports show them. */
public final class AttachSteps {
    private final World world;

    public AttachSteps(World world) {
        this.world = world;
    }

    @Given("the scenario attaches the transcript {string}")
    public void transcript(String text) {
        world.attach("transcript of " + text, text);
        world.log("received: " + text);
    }

    /** Lines of text numbered from 1, as long as a program's endless output up to {@code bytes}. */
    @Given("the scenario attaches {int} bytes of text titled {string}")
    public void text(int bytes, String title) {
        StringBuilder text = new StringBuilder(bytes + 16);
        for (int line = 1; text.length() < bytes; line++) {
            text.append("line ").append(line).append(" of what a program printed\n");
        }
        text.setLength(bytes);
        world.attach(title, text.toString());
    }

    @Given("the scenario logs a line of {int} characters")
    public void logLine(int characters) {
        world.log("x".repeat(characters));
    }

    @Given("the scenario fails with {string}")
    public void fails(String message) {
        throw new AssertionError(message);
    }

    @Given("the scenario attaches a chart")
    public void chart() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
                + "<text x=\"10\" y=\"50\">round trips (ms)</text><rect x=\"10\" y=\"60\" width=\"80\" height=\"20\"/></svg>";
        world.attach("round trips", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
    }
}
