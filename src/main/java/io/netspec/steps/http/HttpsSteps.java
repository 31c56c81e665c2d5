package io.netspec.steps.http;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.http.CertificateFault;
import io.netspec.http.HttpCall;
import io.netspec.http.HttpCaller;
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

import java.time.Duration;

/** HTTPS stubs with certificates the scenario's throwaway CA makes, good or faulty, and TLS checks. */
public final class HttpsSteps {
    private final World world;
    private final ScenarioTls tls;
    private final HttpSteps http;
    private final HostLab lab;

    public HttpsSteps(World world, ScenarioTls tls, HttpSteps http, HostLab lab) {
        this.world = world;
        this.tls = tls;
        this.http = http;
        this.lab = lab;
    }

    @Given("an HTTPS stub {text}{place} that answers {word} {text} with status {count} and body {payload}")
    public void stub(String name, Where where, String method, String path, int status, byte[] body) {
        start(name, where, null, method, path, status, body);
    }

    @Given("an HTTPS stub {text}{place} with an expired certificate that answers {word} {text} with status {count} and body {payload}")
    public void expired(String name, Where where, String method, String path, int status, byte[] body) {
        start(name, where, CertificateFault.EXPIRED, method, path, status, body);
    }

    @Given("an HTTPS stub {text}{place} with a certificate that is not yet valid that answers {word} {text} with status {count} and body {payload}")
    public void notYetValid(String name, Where where, String method, String path, int status, byte[] body) {
        start(name, where, CertificateFault.NOT_YET_VALID, method, path, status, body);
    }

    @Given("an HTTPS stub {text}{place} with a certificate for another host that answers {word} {text} with status {count} and body {payload}")
    public void otherHost(String name, Where where, String method, String path, int status, byte[] body) {
        start(name, where, CertificateFault.OTHER_HOST, method, path, status, body);
    }

    @Given("an HTTPS stub {text}{place} with a certificate from an unknown CA that answers {word} {text} with status {count} and body {payload}")
    public void unknownCa(String name, Where where, String method, String path, int status, byte[] body) {
        start(name, where, CertificateFault.UNKNOWN_CA, method, path, status, body);
    }

    private void start(String name, Where where, CertificateFault fault, String method, String path, int status, byte[] body) {
        HttpStub stub = Endpoints.keep(world, name, "HTTPS stub",
                HttpStub.startHttps(name, tls.trust().authority(), fault, lab.place(where)));
        stub.answer(method, path, status, body, Duration.ZERO);
        world.log(stub.describe());
    }

    @When("an HTTPS client{place} GETs {text} from {text} with a {duration} timeout")
    public void get(Where where, String path, String target, Duration timeout) {
        Target t = world.target(target);
        StubsBehind.requireHttps(target, t);
        http.record(HttpCaller.call(HttpCall.get(path), t, timeout, tls.trust(), lab.place(where)));
    }

    @Then("the HTTP request fails with a certificate error")
    public void certificateError() {
        http.fails(HttpOutcome.Failure.CERTIFICATE_ERROR);
    }

    @Then("the HTTP request fails with a certificate error {text}")
    public void certificateError(String which) {
        OutcomeChecks.certificateError(CertificateFault.named(which), which, http.outcome());
    }

    @Then("the TLS handshake took between {duration} and {duration}")
    public void handshakeTook(Duration low, Duration high) {
        HttpOutcome o = http.outcome();
        world.log(TimingCheck.check("the TLS handshake", OutcomeChecks.handshakeTime(o, low, high), low, high,
                world.lateness(), TimingCheck.Waits.exchanges(2, "round trip of the handshake"), o.describe()));
    }
}
