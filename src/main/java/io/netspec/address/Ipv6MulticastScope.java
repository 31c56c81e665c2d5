package io.netspec.address;

/** The scope nibble of an IPv6 multicast address (RFC 4291 section 2.7, RFC 7346). */
final class Ipv6MulticastScope {
    private Ipv6MulticastScope() {
    }

    static String of(IpAddress address) {
        int scope = (int) ((address.high() >>> 48) & 0xF);
        String name = switch (scope) {
            case 0x1 -> "interface-local";
            case 0x2 -> "link-local";
            case 0x3 -> "realm-local";
            case 0x4 -> "admin-local";
            case 0x5 -> "site-local";
            case 0x8 -> "organization-local";
            case 0xE -> "global";
            case 0x0, 0xF -> "reserved";
            default -> "unassigned";
        };
        return Integer.toHexString(scope) + " (" + name + ")";
    }
}
