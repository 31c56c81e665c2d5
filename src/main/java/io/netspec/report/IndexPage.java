package io.netspec.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.netspec.report.Html.escape;

/**
 * reports/index.html: one static page (no script, no server) that links every report and shows the
 * run's totals by capability and tag, duration, seeds, environment, slowest scenarios, failures and trend.
 * Every text that came from a scenario is escaped.
 */
public final class IndexPage {
    static final int SLOWEST = 10;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Run run;
    private final Environment environment;
    private final List<History.Entry> history;
    private final RunSelection selection;
    private final Optional<ShardSection> shards;
    private final boolean screenshots;
    private final StringBuilder out = new StringBuilder(16_384);

    private IndexPage(Run run, Environment environment, List<History.Entry> history, RunSelection selection,
                      Optional<ShardSection> shards, boolean screenshots) {
        this.run = run;
        this.environment = environment;
        this.history = List.copyOf(history);
        this.selection = selection;
        this.shards = shards;
        this.screenshots = screenshots;
    }

    public static String render(Run run, Environment environment, List<History.Entry> history) {
        return render(run, environment, history, RunSelection.ALL, Optional.empty());
    }

    /** The page with a section about shards: which shard ran and why, or the shards a merged run came from. */
    public static String render(Run run, Environment environment, List<History.Entry> history, Optional<ShardSection> shards) {
        return render(run, environment, history, RunSelection.ALL, shards);
    }

    public static String render(Run run, Environment environment, List<History.Entry> history, RunSelection selection) {
        return render(run, environment, history, selection, Optional.empty());
    }

    public static String render(Run run, Environment environment, List<History.Entry> history, RunSelection selection,
                                Optional<ShardSection> shards) {
        return new IndexPage(run, environment, history, selection, shards, true).page();
    }

    /**
     * The page of a merge of shards: as a run's, without the links to the browser check's screenshots, which a
     * merge does not take.
     */
    public static String renderMerged(Run run, Environment environment, List<History.Entry> history,
                                      RunSelection selection, ShardSection shards) {
        return new IndexPage(run, environment, history, selection, Optional.of(shards), false).page();
    }

    /** The page's sections in order; a new section is one more method here. */
    private List<Runnable> sections() {
        return List.of(() -> shards.ifPresent(this::shards), this::failures, this::links, this::skippedWithReasons,
                this::undefined,
                () -> totals("By capability", "capability", run.byCapability(), "features/"),
                () -> totals("By tag", "tag", run.byTag(), ""), this::slowest, this::seeds, this::trend);
    }

    private String page() {
        Run.Totals t = run.totals();
        boolean green = t.failed() == 0 && run.undefined().isEmpty() && t.scenarios() > t.skipped();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>netspec report: ").append(escape(headline(t))).append("</title>\n")
                .append("<style>").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>netspec behaviour report</h1>\n");
        out.append("<p class=\"verdict ").append(green ? "pass" : "fail").append("\">")
                .append(escape(headline(t))).append("</p>\n");
        skipsByReason();
        facts(t);
        sections().forEach(Runnable::run);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private String headline(Run.Totals t) {
        if (t.scenarios() == 0) {
            return selection.everything() ? "No scenario ran" : "No scenario ran: nothing matches " + selection.describe();
        }
        if (t.failed() == 0) {
            return "All " + t.scenarios() + " scenarios passed" + (t.skipped() > 0 ? " (" + t.skipped() + " skipped)" : "");
        }
        return t.failed() + " of " + t.scenarios() + " scenarios failed";
    }

    private void facts(Run.Totals t) {
        out.append("<table class=\"facts\">\n");
        fact("Scenarios", t.scenarios() + " run: " + t.passed() + " passed, " + t.failed() + " failed, "
                + t.skipped() + " skipped");
        fact("Selected", selection.describe());
        fact("Started", TIME.format(run.started()));
        fact("Duration", Elapsed.format(run.duration()) + " (scenario time added up: " + Elapsed.format(t.time()) + ")");
        fact("JDK", environment.jdk());
        fact("OS", environment.os());
        fact("Toxiproxy", environment.toxiproxy());
        out.append("</table>\n");
    }

    private void fact(String name, String value) {
        out.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private void shards(ShardSection section) {
        out.append("<h2 id=\"shards\">").append(escape(section.heading())).append("</h2>\n");
        for (String p : section.paragraphs()) {
            out.append("<p>").append(escape(p)).append("</p>\n");
        }
        if (section.rows().isEmpty()) {
            return;
        }
        out.append("<table class=\"shards\">\n<tr>");
        section.columns().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : section.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void links() {
        out.append("<h2>Reports</h2>\n<ul class=\"links\">\n");
        link("cucumber.html", "Every scenario, step by step, with what it measured (Cucumber HTML, self-contained)");
        link("cucumber-html-reports/overview-features.html", "Multi-page report: features, tags, steps, failures"
                + " (written after the scenarios by mvn verify; not with -Dnetspec.skipReports)");
        link("cucumber.json", "cucumber.json");
        link("cucumber.ndjson", "cucumber.ndjson (Cucumber messages)");
        link("cucumber-junit.xml", "JUnit XML for CI systems");
        if (screenshots) {
            link("index.png", "Screenshot of this page in headless Chromium (the browser check, after the reports;"
                    + " not with -Dnetspec.skipBrowserCheck)");
            link("cucumber.png", "Screenshot of cucumber.html in headless Chromium (not with -Dnetspec.skipBrowserCheck)");
        }
        out.append("</ul>\n");
    }

    private void link(String href, String text) {
        out.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></li>\n");
    }

    private void failures() {
        List<ScenarioResult> failures = run.failures();
        if (failures.isEmpty()) {
            return;
        }
        out.append("<h2 class=\"fail\">Failed scenarios (").append(failures.size()).append(")</h2>\n");
        FailureList.render(out, failures);
        for (ScenarioResult s : failures) {
            FailureCard.render(out, s, run.undefined());
        }
    }

    /** At the top: how many scenarios were skipped, grouped by reason, so a skip is never taken for a pass. */
    private void skipsByReason() {
        Map<String, Integer> reasons = run.skippedByReason();
        if (reasons.isEmpty()) {
            return;
        }
        int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
        out.append("<div class=\"skips\" id=\"skipped-by-reason\"><p><strong>").append(total)
                .append(total == 1 ? " scenario was" : " scenarios were").append(" skipped</strong>, by reason:</p>\n<table>\n")
                .append("<tr><th>scenarios</th><th>why</th></tr>\n");
        reasons.forEach((why, count) -> out.append("<tr><td>").append(count).append("</td><td>").append(escape(why))
                .append("</td></tr>\n"));
        out.append("</table></div>\n");
    }

    /** Scenarios that skipped themselves (a variable they need is unset, say), each with its reason. */
    private void skippedWithReasons() {
        List<ScenarioResult> skipped = run.scenarios().stream().filter(s -> s.skipped() && !s.error().isEmpty()).toList();
        if (skipped.isEmpty()) {
            return;
        }
        out.append("<h2>Skipped scenarios (").append(skipped.size()).append(")</h2>\n<table>\n<tr><th>where</th><th>scenario</th><th>why</th></tr>\n");
        for (ScenarioResult s : skipped) {
            out.append("<tr><td>").append(escape(s.location())).append("</td><td>").append(escape(s.name()))
                    .append("</td><td>").append(escape(s.error())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void undefined() {
        if (run.undefined().isEmpty()) {
            return;
        }
        out.append("<h2 class=\"fail\">Steps no definition understands (").append(run.undefined().size())
                .append(")</h2>\n<table>\n<tr><th>where</th><th>step</th><th>closest existing phrases</th></tr>\n");
        for (UndefinedStep u : run.undefined()) {
            out.append("<tr><td>").append(escape(u.location())).append("</td><td><code>").append(escape(u.text()))
                    .append("</code></td><td>");
            for (String phrase : u.closest()) {
                out.append("<code>").append(escape(phrase)).append("</code><br>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void totals(String title, String column, Map<String, Run.Totals> groups, String prefix) {
        out.append("<h2>").append(escape(title)).append("</h2>\n");
        if (groups.isEmpty()) {
            out.append("<p>none</p>\n");
            return;
        }
        out.append("<table class=\"totals\">\n<tr><th>").append(escape(column))
                .append("</th><th>scenarios</th><th>passed</th><th>failed</th><th>skipped</th><th>time</th></tr>\n");
        groups.forEach((name, t) -> out.append("<tr class=\"").append(t.failed() > 0 ? "fail" : "pass")
                .append("\"><td>").append(escape(prefix + name)).append("</td><td>").append(t.scenarios())
                .append("</td><td>").append(t.passed()).append("</td><td>").append(t.failed()).append("</td><td>")
                .append(t.skipped()).append("</td><td>").append(escape(Elapsed.format(t.time()))).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    private void slowest() {
        out.append("<h2>Slowest scenarios</h2>\n<p class=\"note\">Each scenario's time from its first hook to its last, as"
                + " Cucumber times it. The console's list is timed by the test engine and also counts setting up the"
                + " scenario's step classes and matching its steps, so its times can be larger, most of all for a JVM's"
                + " first scenarios.</p>\n"
                + "<table>\n<tr><th>time</th><th>scenario</th><th>where</th><th>status</th></tr>\n");
        for (ScenarioResult s : run.slowest(SLOWEST)) {
            out.append("<tr><td>").append(escape(Elapsed.format(s.duration()))).append("</td><td>")
                    .append(named(s)).append("</td><td>").append(escape(s.location())).append("</td><td>")
                    .append(escape(s.status().toLowerCase(Locale.ROOT))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** A scenario's name, linked to its page when it has one. */
    private static String named(ScenarioResult s) {
        return s.page().isEmpty() ? escape(s.name())
                : "<a href=\"" + escape(s.page()) + "\">" + escape(s.name()) + "</a>";
    }

    private void seeds() {
        List<ScenarioResult> seeded = run.scenarios().stream().filter(s -> !s.seeds().isEmpty())
                .sorted(Comparator.comparing(ScenarioResult::location)).toList();
        out.append("<h2>Random seeds used</h2>\n");
        if (seeded.isEmpty()) {
            out.append("<p>No scenario used a random seed.</p>\n");
            return;
        }
        out.append("<p>Replay a scenario's random choices by putting <code>Given the random seed N</code> first.</p>\n")
                .append("<table>\n<tr><th>seed</th><th>scenario</th><th>where</th></tr>\n");
        for (ScenarioResult s : seeded) {
            out.append("<tr><td>").append(escape(String.join(", ", s.seeds()))).append("</td><td>")
                    .append(named(s)).append("</td><td>").append(escape(s.location())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** Runs of the same selection are charted; runs of another selection are listed, marked, below. */
    private void trend() {
        String mine = selection.describe();
        List<History.Entry> like = history.stream().filter(e -> e.selection().equals(mine)).toList();
        out.append("<h2>Trend over the last ").append(like.size()).append(like.size() == 1 ? " run" : " runs")
                .append(" of ").append(escape(mine)).append("</h2>\n");
        if (like.size() < 2) {
            out.append("<p>The trend appears from the second run of the same selection on (kept in <code>reports/history/</code>, the last ")
                    .append(History.LIMIT).append(" runs; a run that ran no scenario is not kept).</p>\n");
        } else {
            out.append(TrendChart.svg(like));
        }
        out.append("<table>\n<tr><th>started</th><th>selected</th><th>scenarios</th><th>passed</th><th>failed</th>"
                + "<th>skipped</th><th>duration</th></tr>\n");
        for (int i = history.size() - 1; i >= 0; i--) {
            History.Entry e = history.get(i);
            boolean same = e.selection().equals(mine);
            out.append("<tr class=\"").append(!same ? "other" : e.green() ? "pass" : "fail").append("\"><td>")
                    .append(escape(TIME.format(e.started()))).append("</td><td>").append(escape(e.selection()))
                    .append(same ? "" : " <span class=\"note\">(not charted: another selection)</span>")
                    .append("</td><td>").append(e.scenarios()).append("</td><td>")
                    .append(e.passed()).append("</td><td>").append(e.failed()).append("</td><td>").append(e.skipped())
                    .append("</td><td>").append(escape(Elapsed.format(e.duration()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

}
