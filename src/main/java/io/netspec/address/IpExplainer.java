package io.netspec.address;

import java.util.ArrayList;
import java.util.List;

/**
 * The slow path of {@link IpParser}: once a text failed the fast pass, this walks it again to name the
 * first rule it breaks, in words a user can act on.
 */
final class IpExplainer {
    private IpExplainer() {
    }

    /** The first rule {@code text} breaks, in words, or null when no rule below names it. */
    static String explain(String text) {
        if (text.isEmpty()) {
            return "it is empty";
        }
        if (text.isBlank()) {
            return "it is only whitespace";
        }
        if (!text.strip().equals(text) || !text.trim().equals(text)) {
            return "it has whitespace around it; write the address alone";
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return "it contains whitespace";
            }
        }
        if (text.startsWith("[") || text.endsWith("]")) {
            return "it is in brackets; write the address without [ and ] (brackets belong only in \"[::1]:80\")";
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            return "it has a prefix length (\"" + text.substring(slash) + "\"); an address is expected here,"
                    + " not a network";
        }
        int percent = text.indexOf('%');
        if (percent >= 0) {
            String address = text.substring(0, percent);
            String zone = text.substring(percent + 1);
            if (address.indexOf(':') < 0) {
                return "a zone id (\"%" + zone + "\") belongs only to an IPv6 address";
            }
            if (zone.isEmpty()) {
                return "the zone id after \"%\" is empty";
            }
            if (!IpParser.validZone(zone)) {
                return "the zone id \"" + zone + "\" may contain only letters, digits and - . _ ~";
            }
            return explainIpv6(address);
        }
        if (text.indexOf(':') < 0) {
            return explainIpv4(text);
        }
        return explainIpv6(text);
    }

    static String explainIpv4(String text) {
        List<String> parts = split(text, '.');
        for (String part : parts) {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return "part \"" + part + "\" is hexadecimal; only decimal parts 0-255 are accepted";
            }
        }
        for (String part : parts) {
            if (part.startsWith("-")) {
                return "part \"" + part + "\" is negative; parts are 0-255";
            }
            if (part.startsWith("+")) {
                return "part \"" + part + "\" has a sign; parts are plain decimal 0-255";
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return "it looks like a host name; only address literals are accepted (netspec never looks"
                        + " names up in DNS)";
            }
        }
        if (text.startsWith(".")) {
            return "it starts with a dot";
        }
        if (text.endsWith(".")) {
            return "it ends with a dot (a trailing dot is not part of an address)";
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return "it has an empty part between two dots";
            }
        }
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c < '0' || c > '9') {
                    return "part \"" + part + "\" has '" + c + "', which is not a decimal digit";
                }
            }
        }
        if (parts.size() != 4) {
            return "it has " + parts.size() + (parts.size() == 1 ? " part" : " parts")
                    + "; an IPv4 address has exactly 4" + (parts.size() < 4 ? " (shorthand such as \"1.2.3\" is not"
                    + " accepted)" : "");
        }
        for (String part : parts) {
            if (part.length() > 1 && part.charAt(0) == '0') {
                return "part \"" + part + "\" has a leading zero (some systems read it as octal)";
            }
        }
        for (String part : parts) {
            if (part.length() > 3 || Integer.parseInt(part) > 255) {
                return "part \"" + part + "\" is over 255";
            }
        }
        return null;
    }

    static String explainIpv6(String text) {
        int first = text.indexOf("::");
        if (text.contains(":::")) {
            return "it has \":::\"; groups are separated by one \":\" and a run of zero groups by \"::\"";
        }
        if (first >= 0 && text.indexOf("::", first + 1) >= 0) {
            return "it has two \"::\"; only one run of zero groups may be shortened";
        }
        if (text.startsWith(":") && !text.startsWith("::")) {
            return "it starts with a single \":\"";
        }
        if (text.endsWith(":") && !text.endsWith("::")) {
            return "it ends with a single \":\"";
        }
        List<String> groups = split(text, ':');
        int written = 0;
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (group.isEmpty()) {
                continue;
            }
            if (group.indexOf('.') >= 0) {
                if (i != groups.size() - 1) {
                    return "its embedded IPv4 part \"" + group + "\" is not at the end";
                }
                String why = explainIpv4(group);
                if (why != null) {
                    return "its embedded IPv4 part \"" + group + "\" is malformed: " + why;
                }
                written += 2;
                continue;
            }
            for (int j = 0; j < group.length(); j++) {
                if (IpParser.hex(group.charAt(j)) < 0) {
                    return "group \"" + group + "\" is not hexadecimal ('" + group.charAt(j) + "')";
                }
            }
            if (group.length() > 4) {
                return "group \"" + group + "\" has more than four hex digits";
            }
            written++;
        }
        if (written > 8) {
            return "it has " + written + " groups; an IPv6 address has at most 8";
        }
        if (first < 0 && written != 8) {
            return "it has " + written + " groups and no \"::\"; an IPv6 address has exactly 8";
        }
        if (first >= 0 && written == 8) {
            return "it has 8 groups and a \"::\", which must stand for at least one zero group";
        }
        return null;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
