package io.netspec.steps.http;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.http.HttpCall;
import io.netspec.http.HttpCaller;
import io.netspec.http.HttpFault;
import io.netspec.http.HttpOutcome;
import io.netspec.http.HttpStub;
import io.netspec.http.OutcomeChecks;
import io.netspec.http.StubsBehind;
import io.netspec.measure.TimingCheck;
import io.netspec.socket.Target;
import io.netspec.steps.Endpoints;
import io.netspec.steps.HostLab;
import io.netspec.steps.ScenarioTls;
import io.netspec.steps.Where;
import io.netspec.steps.World;
import io.netspec.text.Durations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** WireMock stubs and HTTP requests, straight or through a link; HTTPS stubs live in {@link HttpsSteps}. */
public final class HttpSteps {
    private final World world;
    private final ScenarioTls tls;
    private final HostLab lab;

    public HttpSteps(World world, ScenarioTls tls, HostLab lab) {
        this.world = world;
        this.tls = tls;
        this.lab = lab;
    }

    @Given("an HTTP stub {text}{place} that answers {word} {text} with status {count} and body {payload}")
    public void stub(String name, Where where, String method, String path, int status, byte[] body) {
        HttpStub stub = Endpoints.keep(world, name, "HTTP stub", HttpStub.start(name, lab.place(where)));
        stub.answer(method, path, status, utf8(body), Duration.ZERO);
        world.log(stub.describe());
    }

    @Given("the HTTP stub {text} answers {word} {text} with status {count} and body {payload}")
    public void answers(String name, String method, String path, int status, byte[] body) {
        stub(name).answer(method, path, status, utf8(body), Duration.ZERO);
    }

    @Given("the HTTP stub {text} answers {word} {text} with status {count} and body {payload} after {duration}")
    public void answersLate(String name, String method, String path, int status, byte[] body, Duration delay) {
        stub(name).answer(method, path, status, utf8(body), delay);
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

    @When("an HTTP client{place} GETs {text} from {text} with a {duration} timeout")
    public void get(Where where, String path, String target, Duration timeout) {
        send(HttpCall.get(path), world.target(target), timeout, where);
    }

    @When("an HTTP client{place} POSTs {payload} to {text} on {text} with a {duration} timeout")
    public void post(Where where, byte[] body, String path, String target, Duration timeout) {
        send(new HttpCall("POST", path, body), world.target(target), timeout, where);
    }

    /** Sends over TLS when the target is an HTTPS stub or a link in front of one, else plain HTTP. */
    private void send(HttpCall call, Target target, Duration timeout, Where where) {
        record(HttpCaller.call(call, target, timeout, StubsBehind.https(target).isPresent() ? tls.trust() : null,
                lab.place(where)));
    }

    void record(HttpOutcome outcome) {
        world.remember(HttpOutcome.class, outcome);
        world.attach("HTTP", outcome.describe());
    }

    @When("an HTTP client{place} GETs {text} from {text}")
    public void get(Where where, String path, String target) {
        get(where, path, target, world.defaultWait());
    }

    @Then("the HTTP response has status {count} and body {payload}")
    public void statusAndBody(int status, byte[] body) {
        OutcomeChecks.statusAndBody(outcome(), status, body);
    }

    @Then("the HTTP response has status {count}")
    public void status(int status) {
        OutcomeChecks.status(outcome(), status);
    }

    @Then("the HTTP response took between {duration} and {duration}")
    public void took(Duration low, Duration high) {
        HttpOutcome o = outcome();
        world.log(TimingCheck.check("the HTTP response", o.elapsedOfAnAnswer("the HTTP response to take between "
                + Durations.format(low) + " and " + Durations.format(high)), low, high, world.lateness(),
                TimingCheck.Waits.exchanges(4, "exchange (connect, TLS, request and answer)"), o.describe()));
    }

    @Then("the HTTP response body contains {payload}")
    public void bodyContains(byte[] fragment) {
        OutcomeChecks.bodyContains(outcome(), fragment);
    }

    @Then("the HTTP response has the header {text} with value {payload}")
    public void header(String name, byte[] value) {
        OutcomeChecks.header(outcome(), name, value);
    }

    @Then("the HTTP request fails with a refused connection")
    public void failsRefused() {
        fails(HttpOutcome.Failure.CONNECTION_REFUSED);
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

    void fails(HttpOutcome.Failure expected) {
        OutcomeChecks.failedWith(outcome(), expected);
    }

    HttpOutcome outcome() {
        return world.recall(HttpOutcome.class, "no HTTP request has been made yet; add a step such as:"
                + " When an HTTP client GETs \"/hello\" from \"api\" with a 1 s timeout");
    }

    /** A stub's body as WireMock takes it: the bytes the scenario wrote, escapes already applied. */
    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private HttpStub stub(String name) {
        return world.lookup(name, HttpStub.class, "HTTP stub");
    }
}
