package io.netspec.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what headless Chromium printed: the page's console lines, its script errors, its visible text. */
final class ChromiumOutput {
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE(?:\\(\\d+\\)|:\\d+)?\\] (\".*)$");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<(script|style|template|noscript)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private ChromiumOutput() {
    }

    /** Every message the page wrote to its console (Chromium logs them as CONSOLE lines on stderr). */
    static List<String> consoleLines(String stderr) {
        List<String> lines = new ArrayList<>();
        for (String line : stderr.split("\r?\n")) {
            Matcher m = CONSOLE.matcher(line);
            if (m.find()) {
                lines.add(m.group(1));
            }
        }
        return lines;
    }

    /** Uncaught exceptions and unhandled rejections: the script errors that fail the check. */
    static List<String> scriptErrors(String stderr) {
        return consoleLines(stderr).stream().filter(l -> l.startsWith("\"Uncaught")).toList();
    }

    /** The text a reader sees in a dumped DOM: no scripts, styles, comments or tags, spaces collapsed. */
    static String visibleText(String dom) {
        String text = HIDDEN.matcher(dom).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }
}
