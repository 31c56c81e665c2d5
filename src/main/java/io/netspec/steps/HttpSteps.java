package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.core.ExpectationFailure;
import io.netspec.http.HttpCaller;
import io.netspec.http.HttpFault;
import io.netspec.http.HttpOutcome;
import io.netspec.http.HttpStub;
import io.netspec.text.Durations;

import java.time.Duration;

/** WireMock stubs and HTTP requests, straight or through a link. */
public final class HttpSteps {
    private final World world;

    public HttpSteps(World world) {
        this.world = world;
    }

    @Given("an HTTP stub {text} that answers {word} {text} with status {int} and body {text}")
    public void stub(String name, String method, String path, int status, String body) {
        Endpoints.keep(world, name, "HTTP stub", HttpStub.start(name)).answer(method, path, status, body, Duration.ZERO);
        world.log(world.lookup(name, HttpStub.class, "HTTP stub").describe());
    }

    @Given("the HTTP stub {text} answers {word} {text} with status {int} and body {text}")
    public void answers(String name, String method, String path, int status, String body) {
        stub(name).answer(method, path, status, body, Duration.ZERO);
    }

    @Given("the HTTP stub {text} answers {word} {text} with status {int} and body {text} after {duration}")
    public void answersLate(String name, String method, String path, int status, String body, Duration delay) {
        stub(name).answer(method, path, status, body, delay);
    }

    @Given("the HTTP stub {text} answers {word} {text} by resetting the connection")
    public void resets(String name, String method, String path) {
        stub(name).fail(method, path, HttpFault.CONNECTION_RESET);
    }

    @Given("the HTTP stub {text} answers {word} {text} with an empty response")
    public void empty(String name, String method, String path) {
        stub(name).fail(method, path, HttpFault.EMPTY_RESPONSE);
    }

    @Given("the HTTP stub {text} answers {word} {text} with a malformed chunk")
    public void malformed(String name, String method, String path) {
        stub(name).fail(method, path, HttpFault.MALFORMED_CHUNK);
    }

    @When("an HTTP client GETs {text} from {text} with a {duration} timeout")
    public void get(String path, String target, Duration timeout) {
        HttpOutcome outcome = HttpCaller.call("GET", path, world.target(target), timeout);
        world.remember(HttpOutcome.class, outcome);
        world.attach("HTTP", outcome.describe());
    }

    @When("an HTTP client GETs {text} from {text}")
    public void get(String path, String target) {
        get(path, target, world.defaultWait());
    }

    @Then("the HTTP response has status {int} and body {text}")
    public void statusAndBody(int status, String body) {
        HttpOutcome o = outcome();
        if (o.failed() || o.status() != status || !o.body().equals(body)) {
            throw ExpectationFailure.expected("the HTTP response to have status " + status + " and body \"" + body
                    + "\"", String.valueOf(o.describe()));
        }
    }

    @Then("the HTTP response has status {int}")
    public void status(int status) {
        HttpOutcome o = outcome();
        if (o.failed() || o.status() != status) {
            throw ExpectationFailure.expected("the HTTP response to have status " + status, String.valueOf(o.describe()));
        }
    }

    @Then("the HTTP response took between {duration} and {duration}")
    public void took(Duration low, Duration high) {
        HttpOutcome o = outcome();
        if (o.failed() || o.elapsed().compareTo(low) < 0 || o.elapsed().compareTo(high) > 0) {
            throw ExpectationFailure.expected("the HTTP response to take between " + Durations.format(low) + " and "
                    + Durations.format(high), String.valueOf(o.describe()));
        }
    }

    @Then("the HTTP request fails with a timeout")
    public void failsWithTimeout() {
        fails(HttpOutcome.Failure.TIMEOUT);
    }

    @Then("the HTTP request fails with a connection reset")
    public void failsWithReset() {
        fails(HttpOutcome.Failure.CONNECTION_RESET);
    }

    @Then("the HTTP request fails with an empty response")
    public void failsWithEmptyResponse() {
        fails(HttpOutcome.Failure.EMPTY_RESPONSE);
    }

    @Then("the HTTP request fails with a malformed response")
    public void failsWithMalformedResponse() {
        fails(HttpOutcome.Failure.MALFORMED_RESPONSE);
    }

    private void fails(HttpOutcome.Failure expected) {
        HttpOutcome o = outcome();
        if (o.failure() != expected) {
            throw ExpectationFailure.expected("the HTTP request to fail with " + expected.words(), String.valueOf(o.describe()));
        }
    }

    private HttpOutcome outcome() {
        return world.recall(HttpOutcome.class, "no HTTP request has been made yet; add a step such as:"
                + " When an HTTP client GETs \"/hello\" from \"api\" with a 1 s timeout");
    }

    private HttpStub stub(String name) {
        return world.lookup(name, HttpStub.class, "HTTP stub");
    }
}
