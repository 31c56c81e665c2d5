package io.netspec.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The three failure roles keep their parts and their cause, and are the standard types callers catch. */
class FailureRolesTest {
    @Test
    void anUnmetExpectationIsAnAssertionErrorWithItsParts() {
        ExpectationFailure f = ExpectationFailure.expected("\"alice\" to receive 5 bytes within 1 s", "it had no bytes");
        assertThat(f).isInstanceOf(AssertionError.class)
                .hasMessage("expected \"alice\" to receive 5 bytes within 1 s, but it had no bytes");
        assertThat(f.expected()).isEqualTo("\"alice\" to receive 5 bytes within 1 s");
        assertThat(f.seen()).isEqualTo("it had no bytes");
    }

    @Test
    void aWrongScenarioIsAnIllegalArgumentWithItsInput() {
        ScenarioError f = new ScenarioError("\"10.0.0.256\" is not an IP address", "10.0.0.256", null);
        assertThat(f).isInstanceOf(IllegalArgumentException.class).hasMessage("\"10.0.0.256\" is not an IP address");
        assertThat(f.input()).isEqualTo("10.0.0.256");
    }

    @Test
    void aBrokenComponentIsAnIllegalStateKeepingTheCause() {
        IOException cause = new IOException("Connection refused");
        NetspecFailure f = new NetspecFailure("Toxiproxy at http://127.0.0.1:1: listing proxies failed",
                "Toxiproxy at http://127.0.0.1:1", cause);
        assertThat(f).isInstanceOf(IllegalStateException.class).hasCause(cause)
                .hasMessage("Toxiproxy at http://127.0.0.1:1: listing proxies failed");
        assertThat(f.component()).isEqualTo("Toxiproxy at http://127.0.0.1:1");
    }

    @Test
    void messagesWrittenInFullAreKeptAsWritten() {
        IOException cause = new IOException("disk full");
        assertThat(ExpectationFailure.of("expected x, but y", cause)).hasMessage("expected x, but y").hasCause(cause);
        assertThat(ScenarioError.of("no such name")).hasMessage("no such name").hasNoCause();
        assertThat(NetspecFailure.of("cannot write the report", cause).component()).isNull();
    }
}
