package io.netspec.http;

import java.security.cert.CertificateException;

/**
 * Thrown by netspec's trust manager during a handshake: which {@link CertificateFault} the server's
 * certificate has and what was seen. The HTTP outcome is decided from this type, never from a message.
 */
public final class CertificateProblem extends CertificateException {
    private static final long serialVersionUID = 1L;
    private final CertificateFault fault;

    CertificateProblem(CertificateFault fault, String seen, Throwable cause) {
        super(fault.words() + ": " + seen, cause);
        this.fault = fault;
    }

    public CertificateFault fault() {
        return fault;
    }
}
