package io.netspec.report;

import java.util.Locale;

import static io.netspec.report.Html.escape;

/**
 * reports/scenarios/&lt;scenario&gt;.html: one scenario, every step and every hook that failed or attached
 * something with its status and duration (a count of the quiet ones), and every attachment shown open
 * (charts drawn, transcripts and tables as text, captures as downloads).
 * Static, no script; every text that came from a scenario is escaped.
 */
final class ScenarioPage {
    private static final String ROOT = "../";

    private ScenarioPage() {
    }

    static String render(ScenarioResult s) {
        StringBuilder out = new StringBuilder(8_192);
        String verdict = s.passed() ? "pass" : s.skipped() ? "skip" : "fail";
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(s.name())).append(" (netspec scenario)</title>\n")
                .append("<style>").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<p class=\"where\"><a href=\"").append(ROOT).append("index.html\">netspec behaviour report</a>")
                .append(" &middot; <a href=\"").append(ROOT).append("cucumber.html\">cucumber.html</a></p>\n")
                .append("<h1>").append(escape(s.name())).append("</h1>\n")
                .append("<p class=\"verdict ").append(verdict).append("\">").append(escape(status(s.status())))
                .append(" after ").append(escape(Elapsed.format(s.duration()))).append("</p>\n")
                .append("<p class=\"where\">").append(escape(s.location()));
        if (!s.tags().isEmpty()) {
            out.append(" &middot; ").append(escape(String.join(" ", s.tags())));
        }
        out.append("</p>\n");
        if (!s.seeds().isEmpty()) {
            out.append("<p>Replay its random choices with <code>Given the random seed ")
                    .append(escape(s.seeds().get(0))).append("</code> as its first step.</p>\n");
        }
        if (!s.error().isEmpty()) {
            out.append("<pre class=\"message\">").append(escape(s.error())).append("</pre>\n");
        }
        s.allAttachments().stream().filter(Timeline::isPicture).findFirst().ifPresent(a -> {
            out.append("<h2>Timeline</h2>\n<p class=\"note\">Each step, each fault as netspec applied it and how far"
                    + " each transfer got, on one time axis (the table of faults is under the after-hooks).</p>\n");
            AttachmentHtml.picture(out, a, ROOT);
        });
        out.append("<h2>Steps</h2>\n<div class=\"steps\">\n");
        int quiet = 0;
        for (StepResult step : s.steps()) {
            if (step.hook() && step.passed() && step.attachments().isEmpty()) {
                quiet++;
            } else {
                step(out, step);
            }
        }
        if (quiet > 0) {
            out.append("<p class=\"note\">").append(quiet).append(quiet == 1 ? " hook" : " hooks")
                    .append(" passed and attached nothing (not shown).</p>\n");
        }
        if (s.steps().isEmpty()) {
            out.append("<p>No step was recorded.</p>\n");
        }
        out.append("</div>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void step(StringBuilder out, StepResult step) {
        String kind = step.passed() ? "passed" : step.failed() ? "failed" : "skipped";
        out.append("<section class=\"step ").append(kind).append(step.hook() ? " hook" : "").append("\">")
                .append("<div class=\"head\"><span class=\"status\">").append(escape(status(step.status())))
                .append("</span><span class=\"text\">");
        if (step.hook()) {
            out.append(escape(step.label()));
        } else {
            out.append("<b>").append(escape(step.keyword().strip())).append("</b> ").append(escape(step.text()));
        }
        out.append("</span><span class=\"note\">");
        if (step.line() > 0) {
            out.append("line ").append(step.line()).append(" &middot; ");
        }
        out.append(escape(Elapsed.format(step.duration()))).append("</span></div>\n");
        if (!step.error().isEmpty()) {
            out.append("<pre class=\"message\">").append(escape(step.error())).append("</pre>\n");
        }
        for (Attachment a : step.attachments()) {
            if (!Timeline.isPicture(a)) {  // shown above the steps
                AttachmentHtml.open(out, a, ROOT);
            }
        }
        out.append("</section>\n");
    }

    static String status(String status) {
        return status.toLowerCase(Locale.ROOT);
    }
}
