package io.netspec.host;

import io.netspec.netns.Signals;
import io.netspec.text.Durations;

import java.time.Duration;

/**
 * How a program ended. {@code reported}: the exit status its init reported (a signal N shows as 128 + N,
 * as a shell reports it), or null when the init was killed before it could report (SIGKILL ends the whole
 * tree at once). {@code sent}: the signal netspec sent that ended it, or null when it ended by itself.
 */
public record ProgramExit(Integer reported, Signals.Signal sent, Duration after) {

    /** The status a shell would report: the reported one, else 128 + the number of the signal netspec sent. */
    public int status() {
        if (reported != null) {
            return reported;
        }
        return sent == null ? -1 : 128 + sent.number();
    }

    /** Whether it ended by itself, not by a signal netspec sent. */
    public boolean byItself() {
        return sent == null;
    }

    public String describe() {
        String when = " after " + Durations.format(after);
        if (sent == Signals.Signal.KILL) {
            return "was killed by netspec (" + sent.describe() + " to it and every process it started)" + when
                    + "; a shell reports status " + status();
        }
        if (sent != null) {
            return "was stopped by netspec (" + sent.describe() + ") and exited with status " + status() + when;
        }
        if (reported == null) {
            return "ended" + when + " without a status: its process tree was killed from outside netspec";
        }
        return "exited with status " + reported + when + (reported > 128
                ? " (128 + " + (reported - 128) + ": as a shell reports a program ended by signal " + (reported - 128) + ")" : "");
    }
}
