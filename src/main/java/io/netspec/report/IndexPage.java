package io.netspec.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.netspec.report.Html.escape;

/**
 * reports/index.html: one static page (no script, no server) that links every report and shows the
 * run's totals by capability and tag, duration, seeds, environment, slowest scenarios, failures and trend.
 * Every text that came from a scenario is escaped.
 */
final class IndexPage {
    static final int SLOWEST = 10;
    static final int ERROR_LINES = 30;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Run run;
    private final Environment environment;
    private final List<History.Entry> history;
    private final StringBuilder out = new StringBuilder(16_384);

    private IndexPage(Run run, Environment environment, List<History.Entry> history) {
        this.run = run;
        this.environment = environment;
        this.history = List.copyOf(history);
    }

    public static String render(Run run, Environment environment, List<History.Entry> history) {
        return new IndexPage(run, environment, history).page();
    }

    private String page() {
        Run.Totals t = run.totals();
        boolean green = t.failed() == 0 && run.undefined().isEmpty() && t.scenarios() > 0;
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>netspec report: ").append(escape(headline(t))).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>netspec behaviour report</h1>\n");
        out.append("<p class=\"verdict ").append(green ? "pass" : "fail").append("\">")
                .append(escape(headline(t))).append("</p>\n");
        facts(t);
        links();
        failures();
        undefined();
        totals("By capability", "capability", run.byCapability(), "features/");
        totals("By tag", "tag", run.byTag(), "");
        slowest();
        seeds();
        trend();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private String headline(Run.Totals t) {
        if (t.scenarios() == 0) {
            return "No scenario ran";
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

    private void links() {
        out.append("<h2>Reports</h2>\n<ul class=\"links\">\n");
        link("cucumber.html", "Every scenario, step by step, with what it measured (Cucumber HTML, self-contained)");
        link("cucumber-html-reports/overview-features.html", "Multi-page report: features, tags, steps, failures"
                + " (written after the scenarios by mvn verify; not with -Dnetspec.skipReports)");
        link("cucumber.json", "cucumber.json");
        link("cucumber.ndjson", "cucumber.ndjson (Cucumber messages)");
        link("cucumber-junit.xml", "JUnit XML for CI systems");
        link("index.png", "Screenshot of this page in headless Chromium (the browser check, after the reports)");
        link("cucumber.png", "Screenshot of cucumber.html in headless Chromium (not with -Dnetspec.skipBrowserCheck)");
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
        for (ScenarioResult s : failures) {
            out.append("<section class=\"failure\"><h3>").append(escape(s.name())).append("</h3>\n<p class=\"where\">")
                    .append(escape(s.location())).append(" &middot; ").append(escape(s.status().toLowerCase(Locale.ROOT)))
                    .append(" after ").append(escape(Elapsed.format(s.duration())));
            if (!s.seeds().isEmpty()) {
                out.append(" &middot; replay with: Given the random seed ").append(escape(s.seeds().get(0)));
            }
            out.append("</p>\n");
            if (!s.error().isEmpty()) {
                out.append("<pre>").append(escape(firstLines(s.error(), ERROR_LINES))).append("</pre>\n");
            }
            out.append("</section>\n");
        }
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
        out.append("<h2>Slowest scenarios</h2>\n<table>\n<tr><th>time</th><th>scenario</th><th>where</th><th>status</th></tr>\n");
        for (ScenarioResult s : run.slowest(SLOWEST)) {
            out.append("<tr><td>").append(escape(Elapsed.format(s.duration()))).append("</td><td>")
                    .append(escape(s.name())).append("</td><td>").append(escape(s.location())).append("</td><td>")
                    .append(escape(s.status().toLowerCase(Locale.ROOT))).append("</td></tr>\n");
        }
        out.append("</table>\n");
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
                    .append(escape(s.name())).append("</td><td>").append(escape(s.location())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void trend() {
        out.append("<h2>Trend over the last ").append(history.size()).append(history.size() == 1 ? " run" : " runs")
                .append("</h2>\n");
        if (history.size() < 2) {
            out.append("<p>The trend appears from the second run on (kept in <code>reports/history/</code>, the last ")
                    .append(History.LIMIT).append(" runs).</p>\n");
        } else {
            out.append(TrendChart.svg(history));
        }
        out.append("<table>\n<tr><th>started</th><th>scenarios</th><th>passed</th><th>failed</th><th>skipped</th><th>duration</th></tr>\n");
        for (int i = history.size() - 1; i >= 0; i--) {
            History.Entry e = history.get(i);
            out.append("<tr class=\"").append(e.failed() > 0 ? "fail" : "pass").append("\"><td>")
                    .append(escape(TIME.format(e.started()))).append("</td><td>").append(e.scenarios()).append("</td><td>")
                    .append(e.passed()).append("</td><td>").append(e.failed()).append("</td><td>").append(e.skipped())
                    .append("</td><td>").append(escape(Elapsed.format(e.duration()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    static String firstLines(String text, int max) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length <= max) {
            return text;
        }
        return String.join("\n", Arrays.copyOf(lines, max)) + "\n... (" + (lines.length - max)
                + " more lines in cucumber.html)";
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;background:#fff;margin:0}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:1.7em;margin:0 0 8px}h2{font-size:1.25em;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h3{font-size:1.05em;margin:0 0 4px}
            .verdict{font-size:1.2em;font-weight:600;padding:10px 14px;border-radius:6px;display:inline-block}
            .verdict.pass{background:#dafbe1;color:#116329}.verdict.fail{background:#ffebe9;color:#a40e26}
            h2.fail{color:#a40e26}
            table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}table.facts th{width:110px}
            table.totals td:nth-child(n+2){text-align:right}
            tr.fail td:first-child{border-left:4px solid #cf222e}tr.pass td:first-child{border-left:4px solid #2da44e}
            .failure{border:1px solid #ffcecb;background:#fff8f7;border-radius:6px;padding:10px 14px;margin:10px 0}
            .where{color:#57606a;margin:0 0 6px}
            pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:8px;border-radius:4px;margin:0;font-size:.9em}
            code{background:#f6f8fa;padding:1px 4px;border-radius:3px}
            ul.links li{margin:3px 0}
            svg{max-width:100%;height:auto}
            """;
}
