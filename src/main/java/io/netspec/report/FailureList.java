package io.netspec.report;

import java.util.List;

import static io.netspec.report.Html.escape;

/**
 * The failures of a run at a glance, above their cards on index.html: one row each with where it is, the
 * scenario (linked to its card), the failing step and the first line of its message.
 */
final class FailureList {
    /** Characters of a message's first line shown in the list; the card has all of it. */
    static final int MESSAGE_CHARS = 160;

    private FailureList() {
    }

    /** Nothing for a single failure: its card follows at once. */
    static void render(StringBuilder out, List<ScenarioResult> failures) {
        if (failures.size() < 2) {
            return;
        }
        out.append("<table class=\"failures\">\n<tr><th>where</th><th>scenario</th><th>failing step</th>")
                .append("<th>message</th></tr>\n");
        for (ScenarioResult s : failures) {
            String name = escape(s.name());
            String step = s.failingStep().map(StepResult::label).orElse("");
            String message = s.failingStep().map(StepResult::error).filter(m -> !m.isEmpty()).orElse(s.error());
            out.append("<tr class=\"fail\"><td>").append(escape(s.location())).append("</td><td>")
                    .append(s.page().isEmpty() ? name : "<a href=\"#" + escape(FailureCard.anchor(s)) + "\">" + name + "</a>")
                    .append("</td><td><code>").append(escape(step)).append("</code></td><td>")
                    .append(escape(firstLine(message))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS - 1) + "…";
    }
}
