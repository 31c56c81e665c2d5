package io.netspec.socket;

import io.netspec.address.HostPort;
import io.netspec.core.ScenarioError;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Literal targets as scenarios write them: {@code "127.0.0.1:6379"}, {@code "[::1]:8080"},
 * {@code "localhost:80"} or a Unix socket path. Never resolves a host name through DNS.
 */
public final class Targets {
    private Targets() {
    }

    /** How a named endpoint shows in messages: {@code "echo" (127.0.0.1:41234)}. */
    public static String label(String name, SocketAddress address) {
        return "\"" + name + "\" (" + HostPort.show(address) + ")";
    }

    public static Target parse(String text) {
        SocketAddress address = parseAddress(text);
        String shown = "\"" + text + "\"";
        return new Target() {
            @Override
            public SocketAddress address() {
                return address;
            }

            @Override
            public String describe() {
                return shown;
            }

            @Override
            public String toString() {
                return shown;
            }
        };
    }

    public static SocketAddress parseAddress(String text) {
        if (text.startsWith("/") || text.startsWith("./") || text.startsWith("../")) {
            return UnixDomainSocketAddress.of(Path.of(text));
        }
        try {
            return HostPort.parse(text, 1);
        } catch (ScenarioError e) {
            // Without a colon the text is no host:port at all: most likely a name the scenario never gave.
            String why = looksLikeName(text) ? "expected \"host:port\" such as \"127.0.0.1:6379\", a Unix socket"
                    + " path, or the name of something this scenario started" : e.getMessage();
            throw malformed(text, why);
        }
    }

    /** Text with neither a colon nor a slash: a name, not an address or a path. */
    public static boolean looksLikeName(String text) {
        return text.indexOf(':') < 0 && text.indexOf('/') < 0;
    }

    private static IllegalArgumentException malformed(String text, String why) {
        return ScenarioError.of("target \"" + text + "\" is malformed: " + why);
    }

    /** The IP address of {@code target}, when it is reached by host and port. */
    public static Optional<InetAddress> ipOf(Target target) {
        return target.address() instanceof InetSocketAddress inet ? Optional.of(inet.getAddress()) : Optional.empty();
    }

    /** The port of {@code target}, which the scenario calls {@code name}; one not reached by host and port has none. */
    public static int portOf(String name, Target target) {
        if (!(target.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of("\"" + name + "\" has no port (it is not reached by host and port);"
                    + " name a TCP or UDP server, service, link or stub");
        }
        return address.getPort();
    }
}
