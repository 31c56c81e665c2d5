package io.netspec.http;

import com.github.tomakehurst.wiremock.common.HttpsSettings;
import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.netspec.core.NetspecFailure;
import io.netspec.socket.SocketPlace;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * WireMock's Jetty with its listening socket made in a place of netspec's (a host's own network namespace).
 * A socket belongs to the namespace of the thread that makes it, and Jetty makes its own on a thread of its
 * own; so each connector is given a channel opened and bound inside the place ({@code ServerConnector.open}
 * with a channel), and every connection it accepts is in that namespace too.
 */
final class PlacedJetty implements HttpServerFactory {
    private final SocketPlace place;

    PlacedJetty(SocketPlace place) {
        this.place = place;
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stub) {
        return new Server(options, admin, stub);
    }

    /** An inner class: its connectors are made from the superclass's constructor, and need {@link #place} then. */
    private final class Server extends Jetty11HttpServer {
        Server(Options options, AdminRequestHandler admin, StubRequestHandler stub) {
            super(options, admin, stub);
        }

        @Override
        protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jetty,
                                                      NetworkTrafficListener listener) {
            return opened(super.createHttpConnector(bindAddress, port, jetty, listener), bindAddress, port);
        }

        @Override
        protected ServerConnector createHttpsConnector(String bindAddress, HttpsSettings https, JettySettings jetty,
                                                       NetworkTrafficListener listener) {
            return opened(super.createHttpsConnector(bindAddress, https, jetty, listener), bindAddress, https.port());
        }
    }

    private ServerConnector opened(ServerConnector connector, String bindAddress, int port) {
        InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        try {
            ServerSocketChannel channel = place.open(() -> {
                ServerSocketChannel c = ServerSocketChannel.open();
                try {
                    c.bind(address, connector.getAcceptQueueSize());
                    return c;
                } catch (IOException | RuntimeException e) {
                    c.close();
                    throw e;
                }
            });
            connector.open(channel);
            return connector;
        } catch (IOException e) {
            throw NetspecFailure.of("WireMock could not listen on " + bindAddress + ":" + port + " inside "
                    + place.describe() + ": " + e.getMessage(), e);
        }
    }
}
