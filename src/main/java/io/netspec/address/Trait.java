package io.netspec.address;

/** What an address is, as the scenario language names it. */
public enum Trait {
    /** RFC 1918 (10/8, 172.16/12, 192.168/16) or IPv6 unique-local fc00::/7. */
    PRIVATE("private"),
    /** 127.0.0.0/8 or ::1. */
    LOOPBACK("loopback"),
    /** 169.254.0.0/16 or fe80::/10. */
    LINK_LOCAL("link-local"),
    /** 224.0.0.0/4 or ff00::/8. */
    MULTICAST("multicast"),
    /** TEST-NET-1/2/3, 2001:db8::/32, 3fff::/20. */
    DOCUMENTATION("documentation"),
    /** 100.64.0.0/10 (carrier-grade NAT). */
    SHARED("shared address space"),
    /** 198.18.0.0/15 or 2001:2::/48. */
    BENCHMARKING("benchmarking"),
    /** 240.0.0.0/4, IANA "Reserved" (the former class E). */
    RESERVED("reserved"),
    /** 255.255.255.255. */
    LIMITED_BROADCAST("limited broadcast"),
    /** 0.0.0.0 or ::. */
    UNSPECIFIED("unspecified");

    private final String words;

    Trait(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The traits a special-purpose block gives every address in it, from the block's IANA name. */
    static int ofBlockName(String name) {
        return switch (name) {
            case "Private-Use", "Unique-Local" -> PRIVATE.bit();
            case "Loopback", "Loopback Address" -> LOOPBACK.bit();
            case "Link Local", "Link-Local Unicast" -> LINK_LOCAL.bit();
            case "Shared Address Space" -> SHARED.bit();
            case "Benchmarking" -> BENCHMARKING.bit();
            case "Reserved" -> RESERVED.bit();
            case "Limited Broadcast" -> LIMITED_BROADCAST.bit();
            case "Unspecified Address" -> UNSPECIFIED.bit();
            default -> name.startsWith("Documentation") ? DOCUMENTATION.bit() : 0;
        };
    }
}
