package io.netspec.netns;

import io.netspec.core.ScenarioError;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a TCP connect can fail, as the OS says it: each one the errno Linux sets and the words
 * {@code strerror} gives for it, which are also how a scenario names it.
 */
public enum ConnectError {
    NETWORK_UNREACHABLE(101, "network is unreachable"),
    HOST_UNREACHABLE(113, "no route to host"),
    CONNECTION_REFUSED(111, "connection refused"),
    TIMED_OUT(110, "connection timed out");

    private final int errno;
    private final String words;

    ConnectError(int errno, String words) {
        this.errno = errno;
        this.words = words;
    }

    /** The error a scenario names, in the OS's words, in any letter case. */
    public static ConnectError named(String text) {
        for (ConnectError e : values()) {
            if (e.words.equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        throw ScenarioError.of("\"" + text + "\" is not an error a TCP connection can fail with; expected one of "
                + Arrays.stream(values()).map(e -> "\"" + e.words + "\"").collect(Collectors.joining(", ")));
    }

    /** Whether {@code outcome} is this error; no answer within the bound counts as {@link #TIMED_OUT}. */
    public boolean matches(Probes.ConnectOutcome outcome) {
        return outcome.errno() == errno || this == TIMED_OUT && outcome.timedOut();
    }

    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return words.toLowerCase(Locale.ROOT) + " (errno " + errno + ")";
    }
}
