package io.netspec.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The console's lines: a progress line per feature and the closing summary table. Plain ASCII. */
final class ConsoleText {
    static final int SLOWEST = 5;

    private ConsoleText() {
    }

    static String progressLine(int done, int of, String feature, Run.Totals t, Duration took) {
        String verdict = t.failed() > 0 ? "FAILED" : t.scenarios() == t.skipped() ? "SKIPPED" : "passed";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%d/%d] %-7s %s  (%d scenario%s",
                done, of, verdict, feature, t.scenarios(), t.scenarios() == 1 ? "" : "s"));
        if (t.failed() > 0) {
            line.append(", ").append(t.failed()).append(" failed");
        }
        if (t.skipped() > 0) {
            line.append(", ").append(t.skipped()).append(" skipped");
        }
        return line.append(", ").append(Elapsed.format(took)).append(')').toString();
    }

    /** "skipped, by reason": one line per reason with how many scenarios it skipped. */
    private static void skips(StringBuilder out, Run run) {
        Map<String, Integer> reasons = run.skippedByReason();
        if (reasons.isEmpty()) {
            return;
        }
        out.append("\n  skipped, by reason\n");
        reasons.forEach((why, count) -> out.append(String.format(Locale.ROOT, "  %9d  %s%n", count, why)));
    }

    static String summary(Run run) {
        Run.Totals all = run.totals();
        StringBuilder out = new StringBuilder("\nnetspec summary\n");
        Map<String, Run.Totals> groups = run.byCapability();
        int width = Math.max("capability".length(), groups.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "  %-" + width + "s %9s %7s %7s %8s %10s%n";
        out.append(String.format(Locale.ROOT, row, "capability", "scenarios", "passed", "failed", "skipped", "time"));
        groups.forEach((name, t) -> out.append(String.format(Locale.ROOT, row, name, t.scenarios(), t.passed(),
                t.failed(), t.skipped(), Elapsed.format(t.time()))));
        out.append(String.format(Locale.ROOT, row, "all", all.scenarios(), all.passed(), all.failed(), all.skipped(),
                Elapsed.format(run.duration())));
        out.append("  (time: scenario time added up per capability; for all: wall clock)\n");
        skips(out, run);
        List<ScenarioResult> slowest = run.slowest(SLOWEST);
        if (!slowest.isEmpty()) {
            out.append("\n  slowest scenarios (as the test engine timed them, with setting up their step classes and matching their steps;"
                    + " the report's times are Cucumber's, from first hook to last)\n");
            for (ScenarioResult s : slowest) {
                out.append(String.format(Locale.ROOT, "  %10s  %s  %s%n", Elapsed.format(s.duration()), s.location(), s.name()));
            }
        }
        out.append('\n').append(all.skipped() > 0 ? all.skipped() + " scenario(s) skipped: see \"skipped, by reason\" above.\n" : "")
                .append(all.scenarios() == 0 ? "No scenario ran (the run fails: see the message below)."
                : all.failed() == 0 ? "All scenarios passed." : all.failed() + " scenario(s) failed.");
        return out.toString();
    }
}
