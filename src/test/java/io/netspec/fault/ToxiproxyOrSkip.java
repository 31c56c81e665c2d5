package io.netspec.fault;

import io.netspec.core.Skip;
import io.netspec.core.Requirement;

import java.nio.file.Path;
import java.util.Optional;

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
        Optional<Path> binary = ToxiproxyBinary.fromEnvironment().installed();
        Skip.unless(binary.isPresent(), Requirement.TOXIPROXY, () -> why);
        return binary.get();
    }
}
