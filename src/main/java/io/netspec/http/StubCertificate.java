package io.netspec.http;

import io.netspec.core.FileTrees;
import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.function.Function;

/**
 * An HTTPS stub's key and certificate chain, and the PKCS12 key store Jetty reads them from: written
 * into a fresh folder of the run's temporary directory only for as long as the server starts.
 */
final class StubCertificate {
    /** Protects only a file that lives for a server's start inside a private temporary folder. */
    static final String PASSWORD = "netspec-throwaway";

    private final CertificateAuthority.Issued issued;
    private final CertificateFault fault;

    StubCertificate(CertificateAuthority.Issued issued, CertificateFault fault) {
        this.issued = issued;
        this.fault = fault;
    }

    /**
     * How this JVM's key store folders begin ({@code netspec-tls-PID-}), so that a check of what is left
     * looks only at its own, never at another run's or another test JVM's on the same machine.
     */
    static String folderPrefixOfThisJvm() {
        return "netspec-tls-" + ProcessHandle.current().pid() + "-";
    }

    /** Runs {@code start} with the key store's path, then deletes the key store and its folder, pass or fail. */
    <T> T withKeyStore(Function<Path, T> start) {
        Path folder;
        try {
            folder = Files.createTempDirectory(folderPrefixOfThisJvm());
        } catch (IOException e) {
            throw NetspecFailure.of("could not make a temporary folder for an HTTPS stub's key store: " + e, e);
        }
        try {
            Path file = folder.resolve("stub.p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("stub", issued.keys().getPrivate(), PASSWORD.toCharArray(), issued.chain());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            }
            return start.apply(file);
        } catch (GeneralSecurityException | IOException e) {
            throw NetspecFailure.of("could not write an HTTPS stub's key store into " + folder + ": " + e, e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the HTTPS stub's key store folder " + folder, e);
        }
    }

    String describe() {
        return (fault == null ? "a good certificate" : fault.words()) + " (" + issued.chain()[0].getSubjectX500Principal()
                + ", valid " + issued.chain()[0].getNotBefore().toInstant() + " to "
                + issued.chain()[0].getNotAfter().toInstant() + ")";
    }
}
