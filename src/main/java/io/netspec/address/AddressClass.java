package io.netspec.address;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

/**
 * The classful view of IPv4 (RFC 791, 1981; replaced by CIDR in 1993 but still taught): the
 * class follows from the leading bits of the first octet. A, B and C split into a network part
 * and a host part; D is multicast; E is reserved for future use.
 *
 * <p>Counts follow from the bit widths. Class A has 7 network bits: 2^7 = 128 networks, less
 * network 0 ("this network") and 127 (loopback) = 126, each of 2^24 - 2 = 16,777,214 hosts (the
 * all-zeros host names the network, all-ones is its broadcast). The figure 1,677,214 sometimes
 * quoted is a typo. B: 2^14 = 16,384 networks of 2^16 - 2 = 65,534; C: 2^21 = 2,097,152 of 254.
 */
public enum AddressClass {
    A("0", 0, 127, 8),
    B("10", 128, 191, 16),
    C("110", 192, 223, 24),
    D("1110", 224, 239, 0),
    E("1111", 240, 255, 0);

    private final String leadingBits;
    private final int firstOctet;
    private final int lastOctet;
    private final int networkBits;

    AddressClass(String leadingBits, int firstOctet, int lastOctet, int networkBits) {
        this.leadingBits = leadingBits;
        this.firstOctet = firstOctet;
        this.lastOctet = lastOctet;
        this.networkBits = networkBits;
    }

    /** The class of an IPv4 address; IPv6 has none. */
    public static AddressClass of(IpAddress address) {
        if (!address.isIpv4()) {
            throw ScenarioError.of(address + " is IPv6, which has no address class");
        }
        return ofFirstOctet((int) (address.low() >>> 24));
    }

    static AddressClass ofFirstOctet(int octet) {
        if (octet < 128) {
            return A;
        }
        if (octet < 192) {
            return B;
        }
        if (octet < 224) {
            return C;
        }
        return octet < 240 ? D : E;
    }

    /** "A" to "E" (case-insensitive), with a clear message for anything else. */
    public static AddressClass named(String letter) {
        for (AddressClass c : values()) {
            if (c.name().equalsIgnoreCase(letter)) {
                return c;
            }
        }
        throw ScenarioError.of("\"" + letter + "\" is not an address class; expected A, B, C, D or E");
    }

    public String leadingBits() {
        return leadingBits;
    }

    /** True for A, B and C: they divide into network and host parts. */
    public boolean hasNetworksAndHosts() {
        return networkBits > 0;
    }

    public boolean isMulticast() {
        return this == D;
    }

    public boolean isReservedForFutureUse() {
        return this == E;
    }

    /** What the class is for, in words. */
    public String purpose() {
        return switch (this) {
            case A, B, C -> "unicast: " + networkBits + " network bits, " + (32 - networkBits) + " host bits";
            case D -> "multicast";
            case E -> "reserved for future use";
        };
    }

    public IpAddress firstAddress() {
        return IpAddress.ipv4((long) firstOctet << 24);
    }

    public IpAddress lastAddress() {
        return IpAddress.ipv4(((long) lastOctet << 24) | 0xFF_FFFFL);
    }

    /** Network bits after the leading class bits: 7, 14, 21. */
    public int networkNumberBits() {
        requireNetworks();
        return networkBits - leadingBits.length();
    }

    public int hostBits() {
        requireNetworks();
        return 32 - networkBits;
    }

    /** Usable networks: A leaves out networks 0 and 127. */
    public long networks() {
        long all = 1L << networkNumberBits();
        return this == A ? all - 2 : all;
    }

    /** Usable hosts per network: all host numbers less the all-zeros and all-ones ones. */
    public long hostsPerNetwork() {
        return (1L << hostBits()) - 2;
    }

    public IpAddress firstHost() {
        requireNetworks();
        long firstNetwork = this == A ? 1 : firstOctet;
        return IpAddress.ipv4((firstNetwork << 24) + 1);
    }

    public IpAddress lastHost() {
        requireNetworks();
        long lastNetwork = this == A ? 126 : lastOctet;
        return IpAddress.ipv4((lastNetwork << 24 | 0xFF_FFFFL) - 1);
    }

    public IpAddress defaultMask() {
        requireNetworks();
        return IpAddress.ipv4(Cidr.mask4(networkBits));
    }

    /** The network part of {@code address} as written, e.g. "192.168.1" for 192.168.1.20 in class C. */
    public String networkPart(IpAddress address) {
        return octets(address, 0, networkBits / 8);
    }

    /** The host part of {@code address} as written, e.g. "20" for 192.168.1.20 in class C. */
    public String hostPart(IpAddress address) {
        return octets(address, networkBits / 8, 4);
    }

    private String octets(IpAddress address, int from, int to) {
        requireNetworks();
        if (of(address) != this) {
            throw ScenarioError.of(address + " is class " + of(address) + ", not class " + this);
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append((address.low() >>> (24 - 8 * i)) & 0xFF);
        }
        return text.toString();
    }

    private void requireNetworks() {
        if (!hasNetworksAndHosts()) {
            throw NetspecFailure.of("class " + this + " (" + firstAddress() + " to " + lastAddress() + ") is "
                    + purpose() + ": it has no network and host parts, no networks and no hosts");
        }
    }
}
