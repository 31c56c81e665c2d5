package io.netspec.http;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import java.security.SecureRandom;

/** An SSL context that hands out the trusted context's engines, each wrapped to time its handshake. */
final class TimedContext extends SSLContext {
    TimedContext(SSLContext trusted, HandshakeClock clock) {
        super(new Spi(trusted, clock), trusted.getProvider(), trusted.getProtocol());
    }

    private static final class Spi extends SSLContextSpi {
        private final SSLContext trusted;
        private final HandshakeClock clock;

        Spi(SSLContext trusted, HandshakeClock clock) {
            this.trusted = trusted;
            this.clock = clock;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
            throw new UnsupportedOperationException("netspec's timed TLS context is made initialised");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return trusted.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return trusted.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return new TimedEngine(trusted.createSSLEngine(), clock);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return new TimedEngine(trusted.createSSLEngine(host, port), clock);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return trusted.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return trusted.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return trusted.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return trusted.getSupportedSSLParameters();
        }
    }
}
