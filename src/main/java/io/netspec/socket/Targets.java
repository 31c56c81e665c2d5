package io.netspec.socket;

import io.netspec.core.ScenarioError;
import io.netspec.address.AddressFormatException;
import io.netspec.address.IpAddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/**
 * Literal targets as scenarios write them: {@code "127.0.0.1:6379"}, {@code "[::1]:8080"},
 * {@code "localhost:80"} or a Unix socket path. Never resolves a host name through DNS.
 */
public final class Targets {
    private Targets() {
    }

    /** How a named endpoint shows in messages: {@code "echo" (127.0.0.1:41234)}. */
    public static String label(String name, SocketAddress address) {
        return "\"" + name + "\" (" + Hosts.show(address) + ")";
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
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                throw malformed(text, "an IPv6 target needs the form \"[::1]:8080\"");
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else {
            int colon = text.lastIndexOf(':');
            if (colon < 0 || text.indexOf(':') != colon) {
                throw malformed(text, "expected \"host:port\" such as \"127.0.0.1:6379\", \"[::1]:8080\","
                        + " a Unix socket path, or the name of something this scenario started");
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        return new InetSocketAddress(host(text, host), port(text, port));
    }

    private static InetAddress host(String text, String host) {
        if (host.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return IpAddress.parse(host).toInetAddress();
        } catch (AddressFormatException e) {
            throw malformed(text, e.getMessage() + " (netspec never looks names up in DNS; use 127.0.0.1, ::1 or"
                    + " localhost)");
        }
    }

    private static int port(String text, String port) {
        if (!port.matches("\\d{1,5}")) {
            throw malformed(text, "the port \"" + port + "\" is not a number from 1 to 65535");
        }
        int value = Integer.parseInt(port);
        if (value < 1 || value > 65535) {
            throw malformed(text, "the port " + value + " is outside 1-65535");
        }
        return value;
    }

    private static IllegalArgumentException malformed(String text, String why) {
        return ScenarioError.of("target \"" + text + "\" is malformed: " + why);
    }
}
