package io.netspec.socket;

import io.netspec.core.ScenarioError;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How stream endpoints show that bytes arrived exactly: each end keeps a running digest of every byte
 * it sent or read, and the two are compared. SHA-256 is the default. CRC32C (computed by the CPU's own
 * instruction, over ten times faster than SHA-256 here) still covers every byte in order and catches
 * any accidental change (a burst of up to 32 wrong bits always, anything else all but once in 4 billion),
 * but not a deliberate forgery; it keeps the check off the critical path of transfers measured in
 * gigabits per second. {@link #NONE} counts bytes only, for benchmarks that measure the socket path
 * alone.
 */
public enum StreamCheck {
    SHA_256("SHA-256"),
    CRC32C("CRC32C"),
    NONE("no check");

    private final String label;

    StreamCheck(String label) {
        this.label = label;
    }

    /** "SHA-256" or "CRC32C", as a scenario writes them (case does not matter). */
    public static StreamCheck named(String text) {
        for (StreamCheck c : values()) {
            if (c != NONE && c.label.equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        throw ScenarioError.of("unknown stream check \"" + text + "\": expected one of "
                + Arrays.stream(values()).filter(c -> c != NONE).map(c -> c.label).collect(Collectors.joining(", ")));
    }

    /** A fresh running digest of this kind. */
    public RunningCheck start() {
        return new RunningCheck(this);
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
