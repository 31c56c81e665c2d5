package io.netspec.address;

import com.google.common.net.InetAddresses;
import io.netspec.core.ScenarioError;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The one way netspec reads and prints an endpoint's address. Reading goes through the strict
 * {@link IpAddress} parser (never DNS; {@code localhost} means 127.0.0.1); printing gives
 * {@code 127.0.0.1:40321}, {@code [::1]:40321} or a socket path, never Java's {@code /127.0.0.1:40321}.
 */
public final class HostPort {
    private HostPort() {
    }

    /** How messages show an address: {@code 127.0.0.1:40321}, {@code [::1]:40321}, or a socket path. */
    public static String show(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            if (ip == null) {
                return inet.getHostString() + ":" + inet.getPort();
            }
            return show(ip, inet.getPort());
        }
        return String.valueOf(address);
    }

    /** {@code 127.0.0.1:40321} or {@code [::1]:40321}. */
    public static String show(InetAddress ip, int port) {
        String host = show(ip);
        return (ip instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }

    /** How messages show an address without a port: {@code 127.0.0.1}, {@code ::1} (IPv6 in its shortest form). */
    public static String show(InetAddress ip) {
        return InetAddresses.toAddrString(ip);
    }

    /** An address as a user writes one: a literal such as {@code 127.0.0.2} or {@code ::1}, or {@code localhost}. */
    public static InetAddress host(String text) {
        return IpAddress.parse(text.equals("localhost") ? "127.0.0.1" : text).toInetAddress();
    }

    /**
     * {@code host:port} or {@code [v6]:port} as a user writes it, with a port from {@code lowestPort} to
     * 65535. A failure names the rule that was broken; callers add what the text was for.
     */
    public static InetSocketAddress parse(String text, int lowestPort) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                throw ScenarioError.of("an IPv6 target needs the form \"[::1]:8080\"");
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else {
            int colon = text.lastIndexOf(':');
            if (colon < 0 || text.indexOf(':') != colon) {
                throw ScenarioError.of("expected \"host:port\" such as \"127.0.0.1:6379\", \"[::1]:8080\"");
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        int number = port(port, lowestPort);
        try {
            return new InetSocketAddress(host(host), number);
        } catch (AddressFormatException e) {
            throw ScenarioError.of(e.getMessage() + " (netspec never looks names up in DNS; use 127.0.0.1, ::1 or"
                    + " localhost)", e);
        }
    }

    private static int port(String port, int lowest) {
        if (!port.matches("\\d{1,5}")) {
            throw ScenarioError.of("the port \"" + port + "\" is not a number from " + lowest + " to 65535");
        }
        int value = Integer.parseInt(port);
        if (value < lowest || value > 65535) {
            throw ScenarioError.of("the port " + value + " is outside " + lowest + "-65535");
        }
        return value;
    }
}
