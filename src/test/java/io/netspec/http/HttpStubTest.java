package io.netspec.http;

import io.netspec.testkit.Lateness;
import io.netspec.fault.Direction;
import io.netspec.fault.Link;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpStubTest {
    private HttpStub stub;

    @BeforeAll
    void start() {
        stub = HttpStub.start("api");
        stub.answer("GET", "/hello", 200, "hi", Duration.ZERO);
        stub.fail("GET", "/reset", HttpFault.CONNECTION_RESET);
        stub.fail("GET", "/empty", HttpFault.EMPTY_RESPONSE);
        stub.fail("GET", "/chunk", HttpFault.MALFORMED_CHUNK);
        stub.answer("GET", "/slow", 200, "late", Duration.ofMillis(1000));
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    @Test
    void answers() {
        HttpOutcome o = HttpCaller.call("GET", "/hello", stub, Duration.ofSeconds(2));
        assertThat(o.failed()).as(o.describe()).isFalse();
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.body()).isEqualTo("hi");
    }

    @Test
    void aBadPathIsRefusedNamingIt() {
        assertThatThrownBy(() -> HttpCaller.call("GET", "hello", stub, Duration.ofSeconds(2)))
                .hasMessage("the HTTP path \"hello\" should start with /, such as \"/hello\"");
        assertThatThrownBy(() -> HttpCaller.call("GET", "/he llo", stub, Duration.ofSeconds(2)))
                .hasMessageStartingWith("the HTTP path \"/he llo\" is not a valid URL path (");
    }

    @Test
    void faultsFailInTheirNamedWay() {
        assertThat(HttpCaller.call("GET", "/reset", stub, Duration.ofSeconds(2)))
                .satisfies(o -> assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.CONNECTION_RESET));
        assertThat(HttpCaller.call("GET", "/empty", stub, Duration.ofSeconds(2)))
                .satisfies(o -> assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.EMPTY_RESPONSE));
        assertThat(HttpCaller.call("GET", "/chunk", stub, Duration.ofSeconds(2)))
                .satisfies(o -> assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.MALFORMED_RESPONSE));
        assertThat(HttpCaller.call("GET", "/slow", stub, Duration.ofMillis(300)))
                .satisfies(o -> assertThat(o.failure()).as(o.describe()).isEqualTo(HttpOutcome.Failure.TIMEOUT));
    }

    @Test
    void aLinkInFrontAddsLatencyAndCanSwallow() throws Exception {
        try (Link link = Link.open(ToxiproxyOrSkip.server(), "web", stub)) {
            // The same request without the latency, in this run: what the link and the stub take on their own.
            HttpOutcome direct = HttpCaller.call("GET", "/hello", link, Duration.ofSeconds(2));
            assertThat(direct.failed()).as(direct.describe()).isFalse();
            link.latency(Duration.ofMillis(100), Duration.ZERO, Direction.DOWNSTREAM);
            Lateness.Timed<HttpOutcome> timed = Lateness.during(() -> HttpCaller.call("GET", "/hello", link,
                    Duration.ofSeconds(2)));
            HttpOutcome slow = timed.value();
            assertThat(slow.elapsed().toMillis()).as(slow.describe()).isGreaterThanOrEqualTo(100L);
            timed.atMost(slow.elapsed(), Duration.ofMillis(100).plus(direct.elapsed()), "a request through 100 ms of latency ("
                    + direct.elapsed().toMillis() + " ms without it)");
            link.heal();
            link.timeout(Duration.ZERO);
            HttpOutcome swallowed = HttpCaller.call("GET", "/hello", link, Duration.ofMillis(300));
            assertThat(swallowed.failure()).as(swallowed.describe()).isEqualTo(HttpOutcome.Failure.TIMEOUT);
        }
    }
}
