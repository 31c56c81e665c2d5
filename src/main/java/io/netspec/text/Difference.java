package io.netspec.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How two byte strings differ, for failure messages: both shown with control characters escaped,
 * and the offset of the first byte at which they part, so a one-byte change in a long answer is
 * found at once rather than by comparing two hex dumps by eye.
 */
public final class Difference {
    /** Bytes shown before the first difference when it lies beyond what a message shows whole. */
    static final int CONTEXT = 16;

    private Difference() {
    }

    /** The offset (from 0) of the first byte at which {@code a} and {@code b} differ, or -1 if they are equal. */
    public static int firstDifference(byte[] a, byte[] b) {
        return Arrays.mismatch(a, b);
    }

    /**
     * Where {@code actual} first departs from {@code expected}, for example
     * {@code they first differ at byte offset 43 (of 44): expected 0x01, got 0x02}; empty when equal.
     */
    public static String where(byte[] expected, byte[] actual) {
        int at = firstDifference(expected, actual);
        if (at < 0) {
            return "";
        }
        if (at >= expected.length) {
            return "the first " + at + " bytes agree, then " + (actual.length - at) + " more byte(s) came than expected ("
                    + actual.length + " instead of " + expected.length + ")";
        }
        if (at >= actual.length) {
            return "the first " + at + " bytes agree, then the " + (expected.length - at) + " expected byte(s) from offset "
                    + at + " are missing (" + actual.length + " instead of " + expected.length + ")";
        }
        return "they first differ at byte offset " + at + " (counting from 0; " + expected.length + " bytes expected, "
                + actual.length + " got): expected " + hexByte(expected[at]) + ", got " + hexByte(actual[at])
                + (at >= Payload.PREVIEW_BYTES ? "; from offset " + from(at) + ": expected " + window(expected, at)
                + ", got " + window(actual, at) : "");
    }

    /** {@code expected X, but got Y; they first differ at …}: both strings and where they part. */
    public static String describe(byte[] expected, byte[] actual) {
        String where = where(expected, actual);
        return "expected " + Payload.describe(expected) + ", but got " + Payload.describe(actual)
                + (where.isEmpty() ? "" : "; " + where);
    }

    /** A piece of text as a scenario would write it between quotes: control characters escaped, never raw. */
    public static String quote(String text) {
        return "\"" + Payload.printable(text.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    private static int from(int at) {
        return Math.max(0, at - CONTEXT);
    }

    /** The bytes around {@code at}, so a difference past the shortened preview is still shown. */
    private static String window(byte[] bytes, int at) {
        int start = from(at);
        int end = Math.min(bytes.length, at + CONTEXT);
        return Payload.describe(Arrays.copyOfRange(bytes, start, end));
    }

    private static String hexByte(byte b) {
        return String.format("0x%02x", b & 0xff);
    }
}
