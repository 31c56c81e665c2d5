package io.netspec.host;

import java.time.Duration;
import java.time.Instant;

/**
 * Something that happened to a named program, as netspec did it: for the report's fault timeline beside
 * the network's faults ({@link ProgramTimeline}). {@code nanos}: {@link System#nanoTime()} right after it
 * was done, the timeline's clock; {@code lasting}: how long a pause was asked to last, zero for the others.
 */
public record ProgramEvent(String program, String host, Kind kind, Instant at, long nanos, Duration lasting) {
    public enum Kind {
        STARTED("started"), ENDED("ended by itself"), KILLED("killed (SIGKILL to its whole tree)"),
        PAUSED("paused (SIGSTOP to its whole tree)"), RESUMED("resumed (SIGCONT to its whole tree)"),
        RESTARTED("restarted"), STOPPED("stopped at the end of the scenario");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public String describe() {
        return at + " \"" + program + "\" on host \"" + host + "\" " + kind.words()
                + (lasting.isZero() ? "" : " for " + lasting.toMillis() + " ms");
    }
}
