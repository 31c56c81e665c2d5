package io.netspec.http;

import io.netspec.core.NetspecFailure;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * What netspec's HTTP client trusts: one run-made CA and nothing else (never the JDK's default trust
 * store, which is neither read nor changed). Each request gets a context of its own that times its handshake.
 */
public final class TlsTrust {
    private final CertificateAuthority ca;
    private final SSLContext context;

    private TlsTrust(CertificateAuthority ca, SSLContext context) {
        this.ca = ca;
        this.context = context;
    }

    public static TlsTrust of(CertificateAuthority ca) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("netspec-run-ca", ca.certificate());
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(anchors);
            X509ExtendedTrustManager pkix = null;
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    pkix = x;
                }
            }
            if (pkix == null) {
                throw NetspecFailure.of("the JDK's PKIX trust manager factory gave no X509ExtendedTrustManager");
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new CheckingTrustManager(ca.certificate(), pkix)}, null);
            return new TlsTrust(ca, context);
        } catch (GeneralSecurityException | IOException e) {
            throw NetspecFailure.of("could not make a TLS context that trusts the run-made CA: " + e, e);
        }
    }

    public CertificateAuthority authority() {
        return ca;
    }

    /** A context for one request, which notes on {@code clock} when its handshake starts and ends. */
    SSLContext timed(HandshakeClock clock) {
        return new TimedContext(context, clock);
    }
}
