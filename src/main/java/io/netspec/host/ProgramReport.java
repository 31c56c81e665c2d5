package io.netspec.host;

import io.netspec.netns.Signals;

import java.util.List;

/** How a program's runs read in messages and in the report: its state, its last lines, every run's output. */
final class ProgramReport {
    /** How much of the end of the output a failure message quotes. */
    static final int QUOTED_CHARS = 2_000;

    private ProgramReport() {
    }

    /** "is running", "exited with status 2 after 12 ms", "was killed by netspec ..." (after "it"). */
    static String state(ProgramRun run) {
        return run.exit().map(ProgramExit::describe).orElse(run.treeAlive() ? "is running" : "ended");
    }

    /** The end of what the run printed, for a failure message. */
    static String lastLines(ProgramRun run) {
        String text = run.output().text();
        String tail = text.length() > QUOTED_CHARS ? "..." + text.substring(text.length() - QUOTED_CHARS) : text;
        return tail.isEmpty() ? "it printed nothing" : "its output ends with:\n" + tail;
    }

    /** Every run: when it started, how it ended, its output as kept with what was cut; then what netspec did. */
    static String text(String program, List<ProgramRun> runs, List<ProgramEvent> events) {
        StringBuilder s = new StringBuilder(program).append('\n');
        for (int i = 0; i < runs.size(); i++) {
            ProgramRun run = runs.get(i);
            s.append("\nrun ").append(i + 1).append(" of ").append(runs.size()).append(", started ").append(run.startedAt())
                    .append(", init pid ").append(run.initPid()).append(": it ").append(state(run)).append('\n')
                    .append("output: ").append(run.output().summary()).append('\n').append(run.output().text());
            String said = run.diagnostics();
            // After a SIGKILL of the init, unshare (its parent) complains that it cannot die of SIGKILL too: noise.
            if (!said.equals("nothing") && run.exit().map(e -> e.sent() != Signals.Signal.KILL).orElse(true)) {
                s.append("its launcher (setpriv, unshare, the init) said: ").append(said).append('\n');
            }
        }
        s.append("\nwhat netspec did to it:\n");
        events.forEach(e -> s.append(e.describe()).append('\n'));
        return s.toString();
    }
}
