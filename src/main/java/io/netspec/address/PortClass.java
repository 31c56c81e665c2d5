package io.netspec.address;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;

import java.util.Arrays;

/**
 * The IANA port ranges (RFC 6335 section 6): well-known (system) 0-1023, registered (user)
 * 1024-49151, dynamic (private, ephemeral) 49152-65535. Operating systems often choose their own
 * ephemeral range; see {@link EphemeralPortRange}.
 */
public enum PortClass {
    WELL_KNOWN("well-known", 0, 1023),
    REGISTERED("registered", 1024, 49151),
    DYNAMIC("dynamic", 49152, 65535);

    public static final int MIN_PORT = 0;
    public static final int MAX_PORT = 65535;

    private final String words;
    private final int first;
    private final int last;

    PortClass(String words, int first, int last) {
        this.words = words;
        this.first = first;
        this.last = last;
    }

    public static boolean isValid(long port) {
        return port >= MIN_PORT && port <= MAX_PORT;
    }

    /** The class of a valid port; a port outside 0-65535 is refused with the reason. */
    public static PortClass of(long port) {
        if (!isValid(port)) {
            throw ScenarioError.of("port " + port + " is not a valid port: ports are 0 to 65535"
                    + " (16 bits)");
        }
        for (PortClass c : values()) {
            if (port <= c.last) {
                return c;
            }
        }
        throw NetspecFailure.of("port " + port + " fits no IANA range");
    }

    /** "well-known", "registered" or "dynamic" (as scenarios write them). */
    public static PortClass named(String words) {
        for (PortClass c : values()) {
            if (c.words.equalsIgnoreCase(words)) {
                return c;
            }
        }
        throw ScenarioError.of("\"" + words + "\" is not a port class; expected well-known, registered"
                + " or dynamic");
    }

    /**
     * Why {@code port} is not (or, with {@code expected} false, is) of {@code kind}: "valid" or a class
     * as {@link #named} reads it; null when it is as expected.
     */
    public static String mismatch(long port, String kind, boolean expected) {
        boolean is;
        String because;
        if (kind.equals("valid")) {
            is = isValid(port);
            because = is ? "ports are 0 to 65535" : "ports are 0 to 65535 (16 bits)";
        } else {
            if (Arrays.stream(values()).noneMatch(c -> c.words.equalsIgnoreCase(kind))) {
                throw ScenarioError.of("\"" + kind + "\" is not a kind of port; expected valid, well-known,"
                        + " registered or dynamic");
            }
            PortClass wanted = named(kind);
            if (!isValid(port)) {
                is = false;
                because = "it is not a valid port at all (ports are 0 to 65535)";
            } else {
                PortClass found = of(port);
                is = found == wanted;
                because = "it is a " + found + " port (IANA: " + wanted + ")";
            }
        }
        if (is == expected) {
            return null;
        }
        return "expected port " + port + (expected ? " to be" : " not to be") + " a " + kind + " port, but " + because;
    }

    /** Why ports {@code first} to {@code last} are not all of {@code kind}: how many are not, and the first five; null when all are. */
    public static String mismatches(long first, long last, String kind) {
        if (first > last) {
            throw ScenarioError.of("ports " + first + " to " + last + " is an empty range; write the lower"
                    + " port first");
        }
        StringBuilder problems = new StringBuilder();
        long count = 0;
        for (long port = first; port <= last; port++) {
            String problem = mismatch(port, kind, true);
            if (problem != null) {
                if (count < 5) {
                    problems.append("\n  ").append(problem);
                }
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        return "expected ports " + first + " to " + last + " to be " + kind + " ports, but " + count
                + " are not; the first:" + problems;
    }

    public String words() {
        return words;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    public boolean contains(long port) {
        return port >= first && port <= last;
    }

    @Override
    public String toString() {
        return words + " (" + first + "-" + last + ")";
    }
}
