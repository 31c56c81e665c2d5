package io.netspec.address;

/**
 * The strict IPv4 and IPv6 literal parser. It never touches DNS.
 *
 * <p>IPv4 is exactly four decimal parts of 0-255 without leading zeros ({@code 010.1.1.1} is
 * refused: some systems read it as octal 8.1.1.1). IPv6 follows RFC 4291 section 2.2: eight
 * groups of one to four hex digits, at most one {@code ::} standing for at least one zero group,
 * an optional dotted quad as the last 32 bits, and an optional zone id ({@code %eth0}, RFC 4007).
 * Nothing else is accepted: no whitespace, brackets, prefix lengths, host names, shorthand,
 * hex or octal parts.
 *
 * <p>Accepting is one allocation-free pass over the characters into numbers. Only when that pass
 * fails does {@link IpExplainer} walk the text again to name the rule that was broken.
 */
final class IpParser {
    private static final long INVALID = -1L;

    private IpParser() {
    }

    static IpAddress parse(String text) {
        if (text == null) {
            throw new AddressFormatException("null", "no text was given");
        }
        int length = text.length();
        int colon = text.indexOf(':');
        if (colon < 0) {
            long value = ipv4(text, 0, length);
            if (value != INVALID) {
                return IpAddress.ipv4(value);
            }
            throw failure(text);
        }
        int percent = text.indexOf('%');
        int end = percent < 0 ? length : percent;
        String zone = null;
        if (percent >= 0) {
            zone = text.substring(percent + 1);
            if (!validZone(zone)) {
                throw failure(text);
            }
        }
        IpAddress address = ipv6(text, 0, end, zone);
        if (address == null) {
            throw failure(text);
        }
        return address;
    }

    /** The dotted quad between {@code from} and {@code to} as a number, or {@link #INVALID}. */
    static long ipv4(String s, int from, int to) {
        long result = 0;
        int value = 0;
        int digits = 0;
        int dots = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits > 0 && value == 0) {
                    return INVALID;
                }
                value = value * 10 + (c - '0');
                if (value > 255) {
                    return INVALID;
                }
                digits++;
            } else if (c == '.') {
                if (digits == 0 || ++dots > 3) {
                    return INVALID;
                }
                result = (result << 8) | value;
                value = 0;
                digits = 0;
            } else {
                return INVALID;
            }
        }
        if (digits == 0 || dots != 3) {
            return INVALID;
        }
        return (result << 8) | value;
    }

    private static IpAddress ipv6(String s, int from, int to, String zone) {
        if (to - from < 2) {
            return null;
        }
        long hi = 0;
        long lo = 0;
        long headHi = 0;
        long headLo = 0;
        int groups = 0;
        int headGroups = -1;
        int i = from;
        if (s.charAt(i) == ':') {
            if (s.charAt(i + 1) != ':') {
                return null;
            }
            headGroups = 0;
            i += 2;
            if (i == to) {
                return IpAddress.ipv6(0, 0, zone);
            }
        }
        while (true) {
            int start = i;
            int value = 0;
            while (i < to) {
                int digit = hex(s.charAt(i));
                if (digit < 0) {
                    break;
                }
                value = (value << 4) | digit;
                i++;
            }
            if (i < to && s.charAt(i) == '.') {
                long v4 = ipv4(s, start, to);
                if (v4 == INVALID || groups + 2 > 8) {
                    return null;
                }
                hi = (hi << 32) | (lo >>> 32);
                lo = (lo << 32) | v4;
                groups += 2;
                break;
            }
            int digits = i - start;
            if (digits == 0 || digits > 4 || ++groups > 8) {
                return null;
            }
            hi = (hi << 16) | (lo >>> 48);
            lo = (lo << 16) | value;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i == to) {
                return null;
            }
            if (s.charAt(i) == ':') {
                if (headGroups >= 0) {
                    return null;
                }
                headGroups = groups;
                headHi = hi;
                headLo = lo;
                hi = 0;
                lo = 0;
                i++;
                if (i == to) {
                    break;
                }
            }
        }
        if (headGroups < 0) {
            return groups == 8 ? IpAddress.ipv6(hi, lo, zone) : null;
        }
        if (groups > 7) {
            return null;
        }
        int shift = 16 * (8 - headGroups);
        long shiftedHi;
        long shiftedLo;
        if (headGroups == 0) {
            shiftedHi = 0;
            shiftedLo = 0;
        } else if (shift >= 64) {
            shiftedHi = headLo << (shift - 64);
            shiftedLo = 0;
        } else {
            shiftedHi = (headHi << shift) | (headLo >>> (64 - shift));
            shiftedLo = headLo << shift;
        }
        return IpAddress.ipv6(shiftedHi | hi, shiftedLo | lo, zone);
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** RFC 6874: a zone id is one or more unreserved characters. */
    static boolean validZone(String zone) {
        if (zone.isEmpty()) {
            return false;
        }
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static AddressFormatException failure(String text) {
        String rule = IpExplainer.explain(text);
        return new AddressFormatException(text, rule == null ? "it is not a valid IPv4 or IPv6 literal" : rule);
    }
}
