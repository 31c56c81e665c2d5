package io.netspec.address;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an address is: its class (IPv4 only), its traits, whether it is globally reachable, and
 * the most specific IANA special-purpose block containing it.
 *
 * @param addressClass null for IPv6
 * @param block null when no special-purpose block contains the address
 * @param multicastBlock the IPv4 multicast block, or null
 */
public record Classification(IpAddress address, AddressClass addressClass, SpecialBlock block,
                             MulticastBlock multicastBlock, int traitBits, boolean globallyReachable) {

    public boolean has(Trait trait) {
        return (traitBits & trait.bit()) != 0;
    }

    public Set<Trait> traits() {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        for (Trait trait : Trait.values()) {
            if (has(trait)) {
                traits.add(trait);
            }
        }
        return traits;
    }

    public boolean isPrivate() {
        return has(Trait.PRIVATE);
    }

    public boolean isLoopback() {
        return has(Trait.LOOPBACK);
    }

    public boolean isMulticast() {
        return has(Trait.MULTICAST);
    }

    public boolean isLinkLocal() {
        return has(Trait.LINK_LOCAL);
    }

    /** A summary for reports and failure messages. */
    public String describe() {
        List<String> words = new ArrayList<>();
        words.add(address.describe());
        words.add(addressClass == null ? "no address class" : "class " + addressClass + " (" + addressClass.purpose() + ")");
        for (Trait trait : traits()) {
            words.add(trait.words());
        }
        words.add(globallyReachable ? "globally reachable" : "not globally reachable");
        words.add(block == null ? "in no special-purpose block"
                : "in special-purpose block " + block.cidr() + " \"" + block.name() + "\" " + block.rfc());
        if (multicastBlock != null) {
            words.add("in multicast block " + multicastBlock);
        }
        if (address.isIpv6() && isMulticast()) {
            words.add("multicast scope " + Ipv6MulticastScope.of(address));
        }
        return String.join("; ", words);
    }
}
