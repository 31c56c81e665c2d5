package io.netspec.fault;

import org.junit.jupiter.api.Assumptions;

/** For tests that need a real Toxiproxy server: the shared one, or the test is skipped with the reason there is none. */
public final class ToxiproxyOrSkip {
    private ToxiproxyOrSkip() {
    }

    public static ToxiproxyServer server() {
        try {
            return SharedToxiproxy.server();
        } catch (ToxiproxyUnavailable e) {
            Assumptions.abort("needs a Toxiproxy server, and there is none: " + e.getMessage());
            throw e;
        }
    }
}
