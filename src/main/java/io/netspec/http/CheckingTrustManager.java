package io.netspec.http;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.List;

/**
 * Trusts the run-made CA only, and says which {@link CertificateFault} a refused certificate has by
 * checking one thing at a time: the leaf's dates, then its signature by the CA (and the JDK's PKIX
 * checks), then the host name (the JDK's endpoint identification, the only check left by then).
 */
final class CheckingTrustManager extends X509ExtendedTrustManager {
    private final X509Certificate ca;
    private final X509ExtendedTrustManager pkix;

    CheckingTrustManager(X509Certificate ca, X509ExtendedTrustManager pkix) {
        this.ca = ca;
        this.pkix = pkix;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkDatesAndIssuer(chain, authType);
        try {
            pkix.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw new CertificateProblem(CertificateFault.OTHER_HOST, "it names " + names(chain[0]) + ", but the client"
                    + " asked for " + (engine == null ? "(unknown host)" : engine.getPeerHost()), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkDatesAndIssuer(chain, authType);
        pkix.checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkDatesAndIssuer(chain, authType);
    }

    private void checkDatesAndIssuer(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        X509Certificate leaf = chain[0];
        try {
            leaf.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new CertificateProblem(CertificateFault.EXPIRED, "valid until " + leaf.getNotAfter().toInstant(), e);
        } catch (CertificateNotYetValidException e) {
            throw new CertificateProblem(CertificateFault.NOT_YET_VALID, "valid only from "
                    + leaf.getNotBefore().toInstant(), e);
        }
        try {
            leaf.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CertificateProblem(CertificateFault.UNKNOWN_CA, "issued by " + leaf.getIssuerX500Principal()
                    + ", which is not netspec's run-made CA (" + ca.getSubjectX500Principal() + ")", e);
        }
        ((X509TrustManager) pkix).checkServerTrusted(chain, authType);
    }

    private static String names(X509Certificate leaf) {
        try {
            Collection<List<?>> names = leaf.getSubjectAlternativeNames();
            return names == null ? leaf.getSubjectX500Principal().toString()
                    : names.stream().map(n -> String.valueOf(n.get(1))).toList().toString();
        } catch (CertificateParsingException e) {
            return leaf.getSubjectX500Principal() + " (its alternative names could not be read: " + e.getMessage() + ")";
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("netspec's client does not check client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("netspec's client does not check client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("netspec's client does not check client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[]{ca};
    }
}
