package io.netspec.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte bounds of what one scenario attaches to the reports: each attachment holds at most
 * {@link #ATTACHMENT_BYTES} (a longer text keeps its beginning and its end, with a line saying how much was
 * left out between them; anything else that is larger is replaced by such a line), each log line at most
 * {@link #LOG_LINE_BYTES}, and the scenario's attachments and log lines together at most
 * {@link #SCENARIO_BYTES} (what comes later is replaced by a line saying so). A run's reports hold each
 * attachment about seven times over (docs/writing-scenarios.md, "How large the reports get"), so these bound
 * the reports folder whatever a scenario, or a program it runs, prints.
 */
public final class AttachmentBudget {
    public static final int ATTACHMENT_BYTES = 1 << 20;
    public static final int LOG_LINE_BYTES = 16 << 10;
    public static final long SCENARIO_BYTES = 4L << 20;

    /** Below this many bytes left, an attachment is not cut to fit but left out with a line saying so. */
    static final int SMALLEST_CUT = 4096;

    private long used;

    /** What goes into the report in place of an attachment: its title, media type and bytes. */
    public record Admitted(String title, String mediaType, byte[] content) {
    }

    /** The attachment as the report takes it: whole, its text cut to the bound, or a line saying why it was left out. */
    public synchronized Admitted attachment(String title, String mediaType, byte[] content) {
        long left = SCENARIO_BYTES - used;
        int bound = (int) Math.min(ATTACHMENT_BYTES, left);
        Admitted admitted;
        if (content.length <= bound) {
            admitted = new Admitted(title, mediaType, content);
        } else if (bound < SMALLEST_CUT) {
            admitted = note(title, "left out: \"" + title + "\" (" + content.length + " bytes of " + mediaType + ") would go"
                    + " beyond the " + SCENARIO_BYTES + " bytes a scenario's attachments hold in all");
        } else if (mediaType.startsWith("text/")) {
            admitted = new Admitted(title, mediaType, cut(content, bound, bound == ATTACHMENT_BYTES
                    ? "an attachment holds at most " + ATTACHMENT_BYTES + " bytes"
                    : "the scenario's attachments hold at most " + SCENARIO_BYTES + " bytes in all"));
        } else {
            admitted = note(title, "left out: \"" + title + "\" is " + content.length + " bytes of " + mediaType
                    + ", more than the " + bound + " bytes " + (bound == ATTACHMENT_BYTES ? "an attachment holds"
                    : "left of the " + SCENARIO_BYTES + " a scenario's attachments hold in all"));
        }
        used += admitted.content().length;
        return admitted;
    }

    /** A log line as the report takes it: cut to {@link #LOG_LINE_BYTES}, or left out once the scenario's bytes are spent. */
    public synchronized String logLine(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (used >= SCENARIO_BYTES) {
            return "(a log line of " + bytes.length + " bytes left out: this scenario's attachments and log hold "
                    + SCENARIO_BYTES + " bytes in all)";
        }
        String kept = bytes.length <= LOG_LINE_BYTES ? line
                : new String(cut(bytes, LOG_LINE_BYTES, "a log line holds at most " + LOG_LINE_BYTES + " bytes"),
                StandardCharsets.UTF_8);
        used += Math.min(bytes.length, LOG_LINE_BYTES);
        return kept;
    }

    private static Admitted note(String title, String words) {
        return new Admitted(title + " (left out)", "text/plain", words.getBytes(StandardCharsets.UTF_8));
    }

    /** The first and the last part of {@code text}, {@code bound} bytes at most with the line between them. */
    static byte[] cut(byte[] text, int bound, String why) {
        int half = bound / 2 - 256;
        int head = boundary(text, half);
        int tail = boundary(text, text.length - half);
        byte[] middle = ("\n... " + (tail - head) + " bytes left out here (" + why + ") ...\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(text, head + middle.length + (text.length - tail));
        System.arraycopy(middle, 0, out, head, middle.length);
        System.arraycopy(text, tail, out, head + middle.length, text.length - tail);
        return out;
    }

    /** The nearest UTF-8 character boundary at or before {@code at}, so no character is cut in two. */
    private static int boundary(byte[] text, int at) {
        int i = Math.max(0, Math.min(at, text.length));
        while (i > 0 && i < text.length && (text[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }
}
