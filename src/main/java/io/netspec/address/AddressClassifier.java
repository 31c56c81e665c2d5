package io.netspec.address;

/**
 * Classifies addresses against the IANA registries.
 *
 * <ul>
 *   <li>private: RFC 1918 or fc00::/7; loopback: 127/8 or ::1; link-local: 169.254/16, fe80::/10;
 *       documentation, shared address space, benchmarking, reserved, limited broadcast likewise
 *       from the registry blocks (an address has the traits of every block containing it);</li>
 *   <li>multicast: 224.0.0.0/4 or ff00::/8; unspecified: 0.0.0.0 or ::;</li>
 *   <li>globally reachable: the IANA column of the most specific block (N/A defers to the next
 *       larger block); an address in no block is reachable unless it is multicast, since
 *       multicast is never reachable as one destination across the Internet;</li>
 *   <li>an IPv4-mapped IPv6 address is classified as the IPv6 address it is (block
 *       ::ffff:0:0/96, not reachable); its IPv4 address can be classified on its own.</li>
 * </ul>
 */
public final class AddressClassifier {
    private final SpecialRegistry registry;

    public AddressClassifier(SpecialRegistry registry) {
        this.registry = registry;
    }

    public static AddressClassifier iana() {
        return new AddressClassifier(SpecialRegistry.iana());
    }

    public SpecialRegistry registry() {
        return registry;
    }

    /** Parses strictly, then classifies. */
    public Classification classify(String text) {
        return classify(IpAddress.parse(text));
    }

    public Classification classify(IpAddress address) {
        SpecialRegistry.Entry entry = registry.entry(address);
        int traits = entry == null ? 0 : entry.traits();
        boolean multicast;
        boolean unspecified;
        AddressClass addressClass = null;
        MulticastBlock multicastBlock = null;
        if (address.isIpv4()) {
            long value = address.low();
            addressClass = AddressClass.ofFirstOctet((int) (value >>> 24));
            multicast = addressClass == AddressClass.D;
            unspecified = value == 0;
            if (multicast) {
                multicastBlock = registry.multicastBlock(address);
            }
        } else {
            multicast = (address.high() >>> 56) == 0xFF;
            unspecified = address.high() == 0 && address.low() == 0;
        }
        if (multicast) {
            traits |= Trait.MULTICAST.bit();
        }
        if (unspecified) {
            traits |= Trait.UNSPECIFIED.bit();
        }
        boolean global = entry == null ? !multicast : entry.global();
        return new Classification(address, addressClass, entry == null ? null : entry.block(), multicastBlock, traits,
                global);
    }
}
