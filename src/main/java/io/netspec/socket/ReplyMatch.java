package io.netspec.socket;

import io.netspec.core.ScenarioError;
import io.netspec.text.Difference;
import io.netspec.text.Payload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a client waits for in the bytes that arrived and were not taken yet: a line matching a regular
 * expression, a piece of text anywhere, or a given start. Each says how many bytes it takes once found;
 * what follows stays for the next receive.
 */
public interface ReplyMatch {
    /** {@link #find} result: not there yet, more bytes may bring it. */
    int NOT_YET = -1;
    /** {@link #find} result: the bytes already there can never match, whatever follows. */
    int NEVER = -2;

    /** How many bytes to take (0 or more) when found, or {@link #NOT_YET} or {@link #NEVER}. */
    int find(byte[] held);

    /** What the client waits for, as a failure says it: {@code a line matching "^220 "}. */
    String expectation();

    /** What is wrong with {@code held}, beyond showing it; empty when nothing more can be said. */
    default String mismatch(byte[] held) {
        return "";
    }

    /**
     * A whole line (ended by LF, a CR before it dropped) in which {@code regex} is found; the lines before
     * it are taken and passed over, so a greeting can be found after a banner.
     */
    static ReplyMatch line(String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw ScenarioError.of("\"" + regex + "\" is not a Java regular expression: "
                    + e.getDescription() + " near position " + e.getIndex() + "; expected for example \"^220 .*SMTP\"", e);
        }
        return new ReplyMatch() {
            @Override
            public int find(byte[] held) {
                int start = 0;
                for (int i = 0; i < held.length; i++) {
                    if (held[i] == '\n') {
                        int end = i > start && held[i - 1] == '\r' ? i - 1 : i;
                        String line = new String(held, start, end - start, StandardCharsets.UTF_8);
                        if (pattern.matcher(line).find()) {
                            return i + 1;
                        }
                        start = i + 1;
                    }
                }
                return NOT_YET;
            }

            @Override
            public String expectation() {
                return "a line matching " + Payload.describe(regex.getBytes(StandardCharsets.UTF_8))
                        + " (a Java regular expression; lines end with LF or CRLF)";
            }

            @Override
            public String mismatch(byte[] held) {
                long lines = 0;
                for (byte b : held) {
                    lines += b == '\n' ? 1 : 0;
                }
                return lines + " whole line(s) arrived and none matched"
                        + (held.length > 0 && held[held.length - 1] != '\n' ? "; the last line has no line end yet" : "");
            }
        };
    }

    /** {@code text} anywhere in what arrived; everything up to its end is taken. */
    static ReplyMatch containing(byte[] text) {
        return new ReplyMatch() {
            @Override
            public int find(byte[] held) {
                for (int i = 0; i + text.length <= held.length; i++) {
                    if (Arrays.equals(held, i, i + text.length, text, 0, text.length)) {
                        return i + text.length;
                    }
                }
                return NOT_YET;
            }

            @Override
            public String expectation() {
                return "text containing " + Payload.describe(text);
            }
        };
    }

    /** What arrived starts with {@code start}; those bytes are taken and the rest of the reply stays. */
    static ReplyMatch startingWith(byte[] start) {
        return new ReplyMatch() {
            @Override
            public int find(byte[] held) {
                int n = Math.min(held.length, start.length);
                if (!Arrays.equals(held, 0, n, start, 0, n)) {
                    return NEVER;
                }
                return held.length >= start.length ? start.length : NOT_YET;
            }

            @Override
            public String expectation() {
                return "a reply starting with " + Payload.describe(start);
            }

            @Override
            public String mismatch(byte[] held) {
                return Difference.where(start, Arrays.copyOf(held, Math.min(held.length, start.length)));
            }
        };
    }
}
