package io.netspec.address;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address held as numbers: IPv4 in the low 32 bits of {@link #low()}, IPv6 as
 * two 64-bit halves. Made only by the strict parser ({@link #parse}) or from numbers; never by DNS.
 */
public final class IpAddress {
    private final boolean v6;
    private final long high;
    private final long low;
    private final String zone;

    private IpAddress(boolean v6, long high, long low, String zone) {
        this.v6 = v6;
        this.high = high;
        this.low = low;
        this.zone = zone;
    }

    /** Parses a literal strictly: see {@link IpParser} for every rule. Never looks anything up. */
    public static IpAddress parse(String text) {
        return IpParser.parse(text);
    }

    public static IpAddress ipv4(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw ScenarioError.of("an IPv4 address is a number from 0 to 4294967295, not " + value);
        }
        return new IpAddress(false, 0, value, null);
    }

    public static IpAddress ipv6(long high, long low) {
        return new IpAddress(true, high, low, null);
    }

    static IpAddress ipv6(long high, long low, String zone) {
        return new IpAddress(true, high, low, zone);
    }

    public boolean isIpv4() {
        return !v6;
    }

    public boolean isIpv6() {
        return v6;
    }

    /** 4 or 6. */
    public int version() {
        return v6 ? 6 : 4;
    }

    /** The high 64 bits of an IPv6 address; 0 for IPv4. */
    public long high() {
        return high;
    }

    /** The low 64 bits of an IPv6 address, or the 32-bit IPv4 value. */
    public long low() {
        return low;
    }

    /** The IPv6 zone id after {@code %} (for example {@code eth0}), or null. */
    public String zone() {
        return zone;
    }

    /** True for {@code ::ffff:a.b.c.d}: an IPv4 address written as IPv6 (RFC 4291, section 2.5.5.2). */
    public boolean isIpv4Mapped() {
        return v6 && high == 0 && (low >>> 32) == 0xFFFFL;
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 address. */
    public IpAddress mappedIpv4() {
        if (!isIpv4Mapped()) {
            throw NetspecFailure.of(this + " is not an IPv4-mapped IPv6 address (::ffff:a.b.c.d)");
        }
        return ipv4(low & 0xFFFF_FFFFL);
    }

    /** The address bytes in network order: 4 for IPv4, 16 for IPv6. */
    public byte[] toBytes() {
        byte[] bytes = new byte[v6 ? 16 : 4];
        if (v6) {
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (high >>> (56 - 8 * i));
                bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
            }
        } else {
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) (low >>> (24 - 8 * i));
            }
        }
        return bytes;
    }

    /**
     * The JDK form, built from the bytes (no DNS). An IPv4-mapped address stays IPv6. A numeric
     * zone is the scope id; a named zone must be a network interface of this machine.
     */
    public InetAddress toInetAddress() {
        try {
            if (!v6) {
                return InetAddress.getByAddress(toBytes());
            }
            if (zone == null) {
                return Inet6Address.getByAddress(null, toBytes(), -1);
            }
            if (zone.chars().allMatch(c -> c >= '0' && c <= '9') && zone.length() < 10) {
                return Inet6Address.getByAddress(null, toBytes(), Integer.parseInt(zone));
            }
            NetworkInterface nic = NetworkInterface.getByName(zone);
            if (nic == null) {
                throw ScenarioError.of(this + " names zone \"" + zone + "\", but this machine has no network"
                        + " interface of that name");
            }
            return Inet6Address.getByAddress(null, toBytes(), nic);
        } catch (UnknownHostException | SocketException e) {
            throw NetspecFailure.of("cannot build an InetAddress from " + this + ": " + e.getMessage(), e);
        }
    }

    /** What this literal is, in words: "IPv4 address 10.0.0.1", "IPv6 address fe80::1 in zone eth0". */
    public String describe() {
        if (!v6) {
            return "IPv4 address " + this;
        }
        StringBuilder text = new StringBuilder("IPv6 address ").append(this);
        if (isIpv4Mapped()) {
            text.append(", an IPv4-mapped IPv6 address for ").append(mappedIpv4());
        }
        if (zone != null) {
            text.append(", in zone (scope) \"").append(zone).append('"');
        }
        return text.toString();
    }

    /** Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run shortened). */
    @Override
    public String toString() {
        if (!v6) {
            return dotted(low);
        }
        String text = isIpv4Mapped() ? "::ffff:" + dotted(low & 0xFFFF_FFFFL) : ipv6Text(high, low);
        return zone == null ? text : text + "%" + zone;
    }

    static String dotted(long value) {
        return ((value >>> 24) & 0xFF) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
    }

    private static String ipv6Text(long high, long low) {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
            groups[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && v6 == that.v6 && high == that.high && low == that.low
                && Objects.equals(zone, that.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(v6, high, low, zone);
    }
}
