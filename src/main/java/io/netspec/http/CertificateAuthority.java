package io.netspec.http;

import io.netspec.core.NetspecFailure;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A throwaway certificate authority made at run time (Bouncy Castle, EC P-256), and the server
 * certificates it issues, good or faulty on purpose. It lives in memory only: nothing is written to
 * disk by it, nothing is added to any trust store; netspec's HTTP client trusts it through {@link TlsTrust}.
 */
public final class CertificateAuthority {
    private static final String SIGNATURE = "SHA256withECDSA";

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private CertificateAuthority(X500Name name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new CA, valid from an hour ago for a day; {@code label} only names it in certificates. */
    public static CertificateAuthority make(String label) {
        try {
            X500Name name = new X500Name("CN=netspec run-made CA " + label + ", O=netspec");
            KeyPair keys = keyPair();
            Instant now = Instant.now();
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            return new CertificateAuthority(name, keys, sign(builder, keys));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw NetspecFailure.of("could not make a run-made certificate authority: " + e, e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A server certificate for 127.0.0.1, ::1 and localhost, with {@code fault} built in on purpose
     * ({@code null} for a good one). {@link CertificateFault#UNKNOWN_CA} is signed by a CA made for the
     * purpose and thrown away, which nobody trusts.
     */
    public Issued issue(CertificateFault fault) {
        return issue(fault, null);
    }

    /** As {@link #issue(CertificateFault)}, naming {@code address} too (a stub's address on a host), when it is not null. */
    public Issued issue(CertificateFault fault, java.net.InetAddress address) {
        if (fault == CertificateFault.UNKNOWN_CA) {
            return make("unknown to every client").issue(null, address);
        }
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant until = now.plus(Duration.ofDays(1));
        if (fault == CertificateFault.EXPIRED) {
            from = now.minus(Duration.ofDays(10));
            until = now.minus(Duration.ofDays(1));
        } else if (fault == CertificateFault.NOT_YET_VALID) {
            from = now.plus(Duration.ofDays(1));
            until = now.plus(Duration.ofDays(10));
        }
        GeneralNames names = fault == CertificateFault.OTHER_HOST
                ? new GeneralNames(new GeneralName(GeneralName.dNSName, "other-host.example"))
                : new GeneralNames(address == null || address.isLoopbackAddress()
                ? new GeneralName[]{new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.iPAddress, "::1"), new GeneralName(GeneralName.dNSName, "localhost")}
                : new GeneralName[]{new GeneralName(GeneralName.iPAddress, address.getHostAddress()),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.iPAddress, "::1"),
                        new GeneralName(GeneralName.dNSName, "localhost")});
        try {
            KeyPair leaf = keyPair();
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from),
                    Date.from(until), new X500Name(fault == CertificateFault.OTHER_HOST ? "CN=other-host.example"
                    : "CN=localhost"), leaf.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, names)
                    .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(leaf.getPublic()));
            return new Issued(leaf, new X509Certificate[]{sign(builder, keys), certificate});
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw NetspecFailure.of("could not issue a server certificate from the run-made CA: " + e, e);
        }
    }

    /** A server's key and its chain, leaf first. */
    public record Issued(KeyPair keys, X509Certificate[] chain) {
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE)
                .build(signer.getPrivate())));
    }
}
