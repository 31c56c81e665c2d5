package io.netspec.address;

import io.netspec.core.ScenarioError;

/**
 * A network written as {@code address/length}: {@code 10.0.0.0/8}, {@code fc00::/7}. The address
 * must be the network's first address (no host bits set), so every block reads unambiguously.
 */
public record Cidr(IpAddress network, int length) {
    public Cidr {
        int bits = network.isIpv4() ? 32 : 128;
        if (length < 0 || length > bits) {
            throw ScenarioError.of("prefix length /" + length + " is outside 0-" + bits + " for " + network);
        }
        if (network.zone() != null) {
            throw ScenarioError.of("a network has no zone id: " + network);
        }
        if (hostBits(network, length)) {
            throw ScenarioError.of(network + "/" + length + " has host bits set; the network is "
                    + first(network, length) + "/" + length);
        }
    }

    /** Parses {@code "192.0.2.0/24"} with the strict address parser. */
    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !text.substring(slash + 1).matches("\\d{1,3}")) {
            throw ScenarioError.of("\"" + text + "\" is not a network: expected address/length such as"
                    + " \"10.0.0.0/8\" or \"fc00::/7\"");
        }
        return new Cidr(IpAddress.parse(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    public boolean contains(IpAddress address) {
        return address.isIpv4() == network.isIpv4() && sameAs(network, address, length);
    }

    /** True when {@code other} lies wholly inside this network. */
    public boolean contains(Cidr other) {
        return other.length >= length && contains(other.network);
    }

    public IpAddress first() {
        return network;
    }

    public IpAddress last() {
        if (network.isIpv4()) {
            return IpAddress.ipv4(network.low() | (~mask4(length) & 0xFFFF_FFFFL));
        }
        return IpAddress.ipv6(network.high() | ~maskHigh(length), network.low() | ~maskLow(length));
    }

    /** Whether the first {@code length} bits of {@code a} and {@code b} agree. */
    static boolean sameAs(IpAddress a, IpAddress b, int length) {
        if (a.isIpv4()) {
            return ((a.low() ^ b.low()) & mask4(length)) == 0;
        }
        return ((a.high() ^ b.high()) & maskHigh(length)) == 0 && ((a.low() ^ b.low()) & maskLow(length)) == 0;
    }

    private static boolean hostBits(IpAddress network, int length) {
        return !first(network, length).equals(network);
    }

    private static IpAddress first(IpAddress address, int length) {
        if (address.isIpv4()) {
            return IpAddress.ipv4(address.low() & mask4(length));
        }
        return IpAddress.ipv6(address.high() & maskHigh(length), address.low() & maskLow(length));
    }

    static long mask4(int length) {
        return length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
    }

    static long maskHigh(int length) {
        if (length >= 64) {
            return -1L;
        }
        return length == 0 ? 0 : -1L << (64 - length);
    }

    static long maskLow(int length) {
        if (length <= 64) {
            return 0;
        }
        return length == 128 ? -1L : -1L << (128 - length);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
