package io.netspec.report;

import java.util.Arrays;

/** The first or last lines of a text, saying how many were left out. */
final class TextLines {
    private TextLines() {
    }

    static int count(String text) {
        return text.isEmpty() ? 0 : text.split("\r?\n", -1).length;
    }

    /** The first {@code max} lines; then where the rest can be read. */
    static String first(String text, int max, String restIn) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length <= max) {
            return text;
        }
        return String.join("\n", Arrays.copyOf(lines, max)) + "\n... (" + (lines.length - max) + " more lines "
                + restIn + ")";
    }

    /** The last {@code max} lines (a trailing line break does not count as a line). */
    static String last(String text, int max) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        String[] lines = body.split("\r?\n", -1);
        if (lines.length <= max) {
            return body;
        }
        return String.join("\n", Arrays.copyOfRange(lines, lines.length - max, lines.length));
    }
}
