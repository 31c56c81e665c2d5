package io.netspec.host;

import io.netspec.address.AddressClass;
import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;

import java.math.BigInteger;

/**
 * A network's range as a scenario writes it, and the rules a host address on it must keep: inside the
 * range, not the network address (host part all zeros), not the broadcast address (host part all ones).
 * Without a prefix length an IPv4 network takes its class's default mask (A /8, B /16, C /24).
 */
public record NetworkRange(Cidr cidr, boolean classfulDefault) {

    /**
     * "192.168.1.0/24", "fd00:1::/64", or "10.0.0.0" (the classful default mask); a range that is never a
     * network of hosts (loopback, multicast, unspecified, the whole space: {@link NeverHosts}) is refused
     * with its rule.
     */
    public static NetworkRange parse(String network, String text) {
        NetworkRange range = read(network, text);
        NeverHosts.rule(range.cidr()).ifPresent(rule -> {
            throw ScenarioError.of("the network \"" + network + "\" cannot be on \"" + text + "\": " + rule);
        });
        return range;
    }

    /**
     * Why a network on {@code text} is refused (the step's own words); fails as an unmet expectation when
     * {@code text} could be a network of hosts after all.
     */
    public static String refusal(String text) {
        NetworkRange range;
        try {
            range = parse("(a new network)", text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw ExpectationFailure.of("expected a network on \"" + text + "\" to be refused, but it may be a network of"
                + " hosts: " + range.describe());
    }

    private static NetworkRange read(String network, String text) {
        try {
            if (text.contains("%")) {
                throw ScenarioError.of("it names a zone (" + text.substring(text.indexOf('%')) + "), which a network"
                        + " never has: expected a range alone, such as \"fe80::/64\" or \"192.168.1.0/24\"");
            }
            if (text.contains("/")) {
                return new NetworkRange(Cidr.parse(text), false);
            }
            IpAddress address = IpAddress.parse(text);
            if (!address.isIpv4()) {
                throw ScenarioError.of("an IPv6 network needs a prefix length, such as \"fd00:1::/64\"");
            }
            AddressClass c = AddressClass.of(address);
            if (!c.hasNetworksAndHosts()) {
                throw ScenarioError.of("it is class " + c + " (" + c.purpose() + "), which has no networks"
                        + " of hosts; give a prefix length or use a class A, B or C address");
            }
            return new NetworkRange(new Cidr(address, 32 - c.hostBits()), true);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of("the network \"" + network + "\" cannot be on \"" + text + "\": "
                    + e.getMessage(), e);
        }
    }

    /** Host numbers that a host may take: all but the all-zeros and the all-ones one. */
    public BigInteger hostCount() {
        int bits = (cidr.network().isIpv4() ? 32 : 128) - cidr.length();
        BigInteger all = BigInteger.ONE.shiftLeft(bits);
        return bits < 2 ? BigInteger.ZERO : all.subtract(BigInteger.TWO);
    }

    /**
     * "192.168.1.0/24 (192.168.1.0 to 192.168.1.255: 254 hosts, 192.168.1.1 to 192.168.1.254; a class C
     * network)", or for a prefix other than its class's, "10.1.0.0/24 (…: 254 hosts, …; a /24 inside class
     * A, whose classful networks are /8)", so the host count is never read as the class's.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(cidr.toString()).append(" (").append(cidr.first()).append(" to ")
                .append(cidr.last());
        text.append(": ").append(String.format("%,d", hostCount())).append(hostCount().equals(BigInteger.ONE) ? " host" : " hosts");
        if (hostCount().signum() > 0) {
            text.append(", ").append(offset(cidr.first(), 1)).append(" to ").append(offset(cidr.last(), -1));
        }
        if (cidr.network().isIpv4()) {
            text.append("; ").append(classNote(AddressClass.of(cidr.network())));
        }
        return text.append(")").toString();
    }

    /** How this range sits in the classful view of its first address's class. */
    private String classNote(AddressClass c) {
        if (!c.hasNetworksAndHosts()) {
            return "class " + c + " space";
        }
        int classful = 32 - c.hostBits();
        if (cidr.length() > classful) {
            return "a /" + cidr.length() + " inside class " + c + ", whose classful networks are /" + classful;
        }
        if (cidr.length() < classful) {
            return "wider than a classful network: it starts in class " + c + ", whose networks are /" + classful;
        }
        return "a class " + c + " network";
    }

    /** The rule {@code address} breaks on this network, or null when it may be a host here. */
    public String broken(IpAddress address) {
        if (address.zone() != null) {
            return "it names a zone (%" + address.zone() + "), which a host's address on a network never has: the"
                    + " zone of a link-local address is the interface it is used on, and each host has its own;"
                    + " expected the address alone, such as \"" + IpAddress.ipv6(address.high(), address.low())
                    + "\"";
        }
        if (!cidr.contains(address)) {
            return "it lies outside the network";
        }
        if (address.equals(cidr.first())) {
            return "it is the network's own address (host part all zeros), which names the network, not a host";
        }
        if (address.equals(cidr.last())) {
            return cidr.network().isIpv4() ? "it is the network's broadcast address (host part all ones), which reaches every host"
                    : "its host part is all ones, which netspec keeps free on IPv6 networks as on IPv4 ones";
        }
        return null;
    }

    static IpAddress offset(IpAddress address, int by) {
        if (address.isIpv4()) {
            return IpAddress.ipv4(address.low() + by);
        }
        long low = address.low() + by;
        long high = address.high();
        if (by > 0 && Long.compareUnsigned(low, address.low()) < 0) {
            high++;
        } else if (by < 0 && Long.compareUnsigned(low, address.low()) > 0) {
            high--;
        }
        return IpAddress.ipv6(high, low);
    }
}
