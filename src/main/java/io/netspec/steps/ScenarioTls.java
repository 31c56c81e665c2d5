package io.netspec.steps;

import io.netspec.http.CertificateAuthority;
import io.netspec.http.HttpStub;
import io.netspec.http.TlsTrust;
import io.netspec.socket.Target;

import java.util.Optional;

/**
 * The scenario's throwaway certificate authority, made when its first HTTPS stub starts, and the one
 * thing netspec's HTTP client trusts in that scenario. Injected per scenario; lives in memory only.
 */
public final class ScenarioTls {
    private TlsTrust trust;

    public synchronized TlsTrust trust() {
        if (trust == null) {
            trust = TlsTrust.of(CertificateAuthority.make("for one scenario"));
        }
        return trust;
    }

    /** The HTTPS stub a request to {@code target} reaches, straight or through links, if any. */
    public static Optional<HttpStub> httpsStubBehind(Target target) {
        for (Optional<Target> t = Optional.of(target); t.isPresent(); t = t.get().forwardsTo()) {
            if (t.get() instanceof HttpStub stub) {
                return stub.isHttps() ? Optional.of(stub) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The HTTP stub a request to {@code target} reaches, straight or through links, if any. */
    public static Optional<HttpStub> stubBehind(Target target) {
        for (Optional<Target> t = Optional.of(target); t.isPresent(); t = t.get().forwardsTo()) {
            if (t.get() instanceof HttpStub stub) {
                return Optional.of(stub);
            }
        }
        return Optional.empty();
    }
}
