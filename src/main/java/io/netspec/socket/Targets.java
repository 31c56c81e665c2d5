package io.netspec.socket;

import io.netspec.address.HostPort;
import io.netspec.core.ScenarioError;

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
            String why = e.getMessage().startsWith("expected \"host:port\"") ? e.getMessage()
                    + ", a Unix socket path, or the name of something this scenario started" : e.getMessage();
            throw malformed(text, why);
        }
    }

    private static IllegalArgumentException malformed(String text, String why) {
        return ScenarioError.of("target \"" + text + "\" is malformed: " + why);
    }
}
