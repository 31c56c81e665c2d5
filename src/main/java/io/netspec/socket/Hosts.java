package io.netspec.socket;

import io.netspec.core.ScenarioError;
import com.google.common.net.InetAddresses;

import java.net.InetAddress;

/** Addresses a server may bind to. Only literals: netspec never looks a name up in DNS. */
public final class Hosts {
    private Hosts() {
    }

    /** 127.0.0.1, where every server binds unless a step names another address. */
    public static InetAddress loopback() {
        return InetAddresses.forString("127.0.0.1");
    }

    /** ::1, the IPv6 loopback address. */
    public static InetAddress loopbackV6() {
        return InetAddresses.forString("::1");
    }

    /** An address literal such as {@code "::1"} or {@code "127.0.0.2"}; {@code "localhost"} means 127.0.0.1. */
    public static InetAddress literal(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.equals("localhost")) {
            return loopback();
        }
        if (!InetAddresses.isInetAddress(t)) {
            throw ScenarioError.of("\"" + text + "\" is not an IP address literal; expected an address"
                    + " such as 127.0.0.1 or ::1 (netspec never looks names up in DNS)");
        }
        return InetAddresses.forString(t);
    }

    /** How messages show an address: {@code 127.0.0.1:40321}, {@code [::1]:40321}, or a socket path. */
    public static String show(java.net.SocketAddress address) {
        if (address instanceof java.net.InetSocketAddress inet) {
            String host = InetAddresses.toAddrString(inet.getAddress());
            return (inet.getAddress() instanceof java.net.Inet6Address ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
