package io.netspec.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.netspec.report.Html.escape;

/**
 * A failed scenario on index.html, to be understood without a click: the failing step (text and line),
 * the message, and right under it what netspec measured: the scenario's charts, the last lines of what
 * the failing step itself attached and of the transcripts of the endpoints it names, and what the
 * after-hooks attached (the toxics and UDP link settings in force), then the seed with the replay line.
 */
final class FailureCard {
    static final int MESSAGE_LINES = 30;
    static final int CHARTS = 4;
    static final int TEXTS = 6;
    static final int TEXT_LINES = 12;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private FailureCard() {
    }

    static void render(StringBuilder out, ScenarioResult s, List<UndefinedStep> undefined) {
        out.append("<section class=\"failure\"").append(s.page().isEmpty() ? "" : " id=\"" + escape(anchor(s)) + "\"")
                .append("><h3>").append(linked(s, escape(s.name()))).append("</h3>\n")
                .append("<p class=\"where\">").append(escape(s.location())).append(" &middot; ")
                .append(escape(s.status().toLowerCase(Locale.ROOT))).append(" after ")
                .append(escape(Elapsed.format(s.duration()))).append("</p>\n");
        Optional<StepResult> failing = s.failingStep();
        failing.ifPresent(step -> out.append("<p class=\"failing-step\"><span class=\"label\">failing step</span><code>")
                .append(escape(step.label())).append("</code>")
                .append(step.line() > 0 ? " <span class=\"note\">line " + step.line() + "</span>" : "").append("</p>\n"));
        String message = failing.map(StepResult::error).filter(m -> !m.isEmpty()).orElse(s.error());
        if (!message.isEmpty()) {
            out.append("<pre class=\"message\">").append(escape(TextLines.first(message, MESSAGE_LINES,
                    "on the scenario page"))).append("</pre>\n");
        }
        failing.flatMap(step -> undefinedAt(undefined, s.feature().display() + ":" + step.line()))
                .ifPresent(u -> closest(out, u));
        measured(out, s, failing);
        if (!s.seeds().isEmpty()) {
            out.append("<p class=\"seed\">random seed ").append(escape(String.join(", ", s.seeds())))
                    .append(" &middot; replay with: Given the random seed ").append(escape(s.seeds().get(0)))
                    .append("</p>\n");
        }
        if (!s.page().isEmpty()) {
            out.append("<p class=\"note\">").append(linked(s, "Every step and attachment of this scenario"))
                    .append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static Optional<UndefinedStep> undefinedAt(List<UndefinedStep> undefined, String location) {
        return undefined.stream().filter(u -> u.location().equals(location)).findFirst();
    }

    /** For a step no definition understands: the phrases closest to what was written. */
    private static void closest(StringBuilder out, UndefinedStep u) {
        if (u.closest().isEmpty()) {
            return;
        }
        out.append("<p class=\"note\">closest phrases netspec understands:</p>\n<ul class=\"closest\">");
        u.closest().forEach(c -> out.append("<li><code>").append(escape(c)).append("</code></li>"));
        out.append("</ul>\n");
    }

    private static void measured(StringBuilder out, ScenarioResult s, Optional<StepResult> failing) {
        List<Attachment> charts = pictures(s, failing);
        List<Attachment> texts = texts(s, failing);
        List<Attachment> downloads = s.allAttachments().stream()
                .filter(a -> a.shown() == Attachment.Shown.DOWNLOAD).toList();
        if (charts.isEmpty() && texts.isEmpty() && downloads.isEmpty()) {
            out.append("<p class=\"note\">netspec attached no measurement to this scenario.</p>\n");
            return;
        }
        out.append("<h4>What netspec measured</h4>\n<div class=\"measured\">\n");
        charts.forEach(a -> AttachmentHtml.picture(out, a, ""));
        texts.forEach(a -> AttachmentHtml.tail(out, a, "", TEXT_LINES));
        out.append("</div>\n");
        downloads.forEach(a -> AttachmentHtml.download(out, a, ""));
    }

    /**
     * The pictures worth seeing first, at most {@link #CHARTS}: the fault timeline (steps, faults and
     * transfers on one axis) when the scenario has one, then what the failing step drew (the range it
     * asserted), then what the after-hooks drew, one of each hook before a second of any (the topology of
     * the hosts beside the first ladder of a capture), then, only when the failing step drew nothing, what
     * earlier steps drew, newest first (a chart of the failing step draws the band it asserted over the
     * samples; the same samples without the band stay on the scenario page).
     */
    static List<Attachment> pictures(ScenarioResult s, Optional<StepResult> failing) {
        Set<Attachment> chosen = new LinkedHashSet<>();
        s.allAttachments().stream().filter(Timeline::isPicture).findFirst().ifPresent(chosen::add);
        failing.ifPresent(step -> step.attachments().stream().filter(FailureCard::isPicture).forEach(chosen::add));
        boolean failingDrew = !chosen.isEmpty();
        List<List<Attachment>> hooks = s.steps().stream().filter(step -> step.hook() && step.keyword().equals("After"))
                .map(step -> step.attachments().stream().filter(FailureCard::isPicture).toList())
                .filter(l -> !l.isEmpty()).toList();
        int most = hooks.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most; i++) {
            for (List<Attachment> hook : hooks) {
                if (i < hook.size()) {
                    chosen.add(hook.get(i));
                }
            }
        }
        if (!failingDrew) {
            List<StepResult> earlier = s.steps().stream().filter(step -> !step.hook()).toList();
            for (int i = earlier.size() - 1; i >= 0; i--) {
                earlier.get(i).attachments().stream().filter(FailureCard::isPicture).forEach(chosen::add);
            }
        }
        return new ArrayList<>(chosen).subList(0, Math.min(chosen.size(), CHARTS));
    }

    private static boolean isPicture(Attachment a) {
        return a.shown() == Attachment.Shown.PICTURE;
    }

    /**
     * The texts worth reading first, at most {@link #TEXTS}: what the failing step attached, what names
     * an endpoint the failing step names, what the after-hooks attached (the settings in force at the
     * end; transcripts only of the endpoints named), then what earlier steps attached, newest first.
     */
    static List<Attachment> texts(ScenarioResult s, Optional<StepResult> failing) {
        Set<Attachment> chosen = new LinkedHashSet<>();
        List<String> names = failing.map(step -> quoted(step.text())).orElse(List.of());
        failing.ifPresent(step -> step.attachments().stream().filter(FailureCard::isText).forEach(chosen::add));
        List<Attachment> all = s.allAttachments().stream().filter(FailureCard::isText).toList();
        all.stream().filter(a -> namesOneOf(a, names)).forEach(chosen::add);
        s.steps().stream().filter(step -> step.hook() && step.keyword().equals("After"))
                .flatMap(step -> step.attachments().stream()).filter(FailureCard::isText)
                .filter(a -> !a.name().startsWith("transcript") || namesOneOf(a, names))
                .forEach(chosen::add);
        List<StepResult> earlier = s.steps().stream().filter(step -> !step.hook()).toList();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            earlier.get(i).attachments().stream().filter(FailureCard::isText).forEach(chosen::add);
        }
        List<Attachment> list = new ArrayList<>(chosen);
        List<Attachment> logs = s.allAttachments().stream().filter(Attachment::isLog).toList();
        if (!logs.isEmpty()) {
            list.add(list.isEmpty() ? 0 : Math.min(list.size(), TEXTS - 1), log(logs));
        }
        return list.subList(0, Math.min(list.size(), TEXTS));
    }

    /** The scenario's log lines as one text. */
    private static Attachment log(List<Attachment> logs) {
        StringBuilder text = new StringBuilder();
        logs.forEach(l -> text.append(l.text().strip()).append('\n'));
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Attachment.of("log of the scenario", "text/plain", bytes);
    }

    private static boolean namesOneOf(Attachment a, List<String> names) {
        return names.stream().anyMatch(n -> a.name().contains("\"" + n + "\""));
    }

    private static boolean isText(Attachment a) {
        return a.shown() == Attachment.Shown.TEXT && !a.isLog() && !Timeline.isData(a);
    }

    static List<String> quoted(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The card's id on index.html: its scenario page's name ({@code packets-timing-4}). */
    static String anchor(ScenarioResult s) {
        String page = s.page().substring(s.page().lastIndexOf('/') + 1);
        return page.endsWith(".html") ? page.substring(0, page.length() - ".html".length()) : page;
    }

    private static String linked(ScenarioResult s, String html) {
        return s.page().isEmpty() ? html : "<a href=\"" + escape(s.page()) + "\">" + html + "</a>";
    }
}
