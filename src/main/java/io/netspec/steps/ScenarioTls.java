package io.netspec.steps;

import io.netspec.http.CertificateAuthority;
import io.netspec.http.TlsTrust;


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
}
