package io.netspec.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.netspec.socket.SocketPlace;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * GreenMail whose SMTP server makes its listening socket in a place of netspec's (a host's own network
 * namespace): GreenMail opens it on a thread of its own, so the socket is made inside the place
 * instead, and every connection it accepts is in that namespace too.
 */
final class PlacedGreenMail extends GreenMail {
    private final SocketPlace place;

    PlacedGreenMail(ServerSetup setup, SocketPlace place) {
        super(setup);
        this.place = place;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        if (config.length != 1 || !config[0].getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
            throw new IllegalArgumentException("netspec puts one SMTP server on a host, not " + config.length + " servers");
        }
        return Map.of(ServerSetup.PROTOCOL_SMTP, new PlacedSmtp(config[0], managers, place));
    }

    /** GreenMail's SMTP server with {@link #openServerSocket()} done as GreenMail does it, but inside the place. */
    private static final class PlacedSmtp extends SmtpServer {
        private final SocketPlace place;

        PlacedSmtp(ServerSetup setup, Managers managers, SocketPlace place) {
            super(setup, managers);
            this.place = place;
        }

        @Override
        protected ServerSocket openServerSocket() throws IOException {
            InetSocketAddress address = new InetSocketAddress(bindTo, setup.getPort());
            ServerSocket socket = place.open(() -> {
                ServerSocket s = new ServerSocket();
                try {
                    s.setReuseAddress(true);
                    s.bind(address);
                    return s;
                } catch (IOException | RuntimeException e) {
                    s.close();
                    throw e;
                }
            });
            setup = setup.port(socket.getLocalPort());
            return socket;
        }
    }
}
