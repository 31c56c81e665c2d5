package io.netspec.testkit.fault;

import io.netspec.core.Requirement;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyServer;
import io.netspec.fault.ToxiproxyUnavailable;
import io.netspec.testkit.Skip;

import java.nio.file.Path;

/** For tests that need a real Toxiproxy server: the shared one, or the test is skipped with the reason there is none. */
public final class ToxiproxyOrSkip {
    private ToxiproxyOrSkip() {
    }

    public static ToxiproxyServer server() {
        try {
            return SharedToxiproxy.server();
        } catch (ToxiproxyUnavailable e) {
            Skip.because(Requirement.TOXIPROXY, "needs a Toxiproxy server, and there is none: " + e.getMessage());
            throw e;
        }
    }

    /** The binary for a test that starts a server of its own ({@code why}); skipped where netspec did not install one. */
    public static Path binary(String why) {
        server(); // finds or installs the binary, as any first link would
        try {
            return SharedToxiproxy.binary();
        } catch (ToxiproxyUnavailable e) {
            Skip.because(Requirement.TOXIPROXY, why);
            throw e;
        }
    }
}
