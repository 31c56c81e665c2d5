package io.netspec.text;

import io.netspec.core.ScenarioError;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Bytes as a scenario writes them and as a failure shows them.
 *
 * <p>Quoted payloads understand {@code \r \n \t \\ \"} and {@code \xNN}; anything else after a
 * backslash is an error, so a typo never silently becomes different bytes on the wire.
 */
public final class Payload {
    /** Longest payload shown whole in messages and transcripts; longer ones are shortened. */
    public static final int PREVIEW_BYTES = 64;

    private Payload() {
    }

    /** Turns the text between the quotes of a step into the bytes it stands for (UTF-8). */
    public static byte[] unescape(String quoted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(quoted.length());
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                plain.append(c);
                continue;
            }
            if (i + 1 >= quoted.length()) {
                throw ScenarioError.of("payload \"" + quoted
                        + "\" ends with a lone backslash; expected one of \\r \\n \\t \\\\ \\\" \\xNN");
            }
            char next = quoted.charAt(++i);
            switch (next) {
                case 'r' -> plain.append('\r');
                case 'n' -> plain.append('\n');
                case 't' -> plain.append('\t');
                case '\\' -> plain.append('\\');
                case '"' -> plain.append('"');
                case 'x' -> {
                    flush(plain, out);
                    String hex = quoted.substring(i + 1, Math.min(i + 3, quoted.length()));
                    if (hex.length() != 2 || !isHex(hex)) {
                        throw badHex(quoted, i);
                    }
                    out.write(Integer.parseInt(hex, 16));
                    i += 2;
                }
                default -> throw ScenarioError.of("payload \"" + quoted + "\" has unknown escape \\"
                        + next + " at position " + (i - 1) + "; expected one of \\r \\n \\t \\\\ \\\" \\xNN");
            }
        }
        flush(plain, out);
        return out.toByteArray();
    }

    /** Shows bytes for a person: printable text with escapes, and the hex, shortened when long. */
    public static String describe(byte[] bytes) {
        return describe(bytes, bytes.length);
    }

    /** Like {@link #describe(byte[])} for the first {@code length} bytes of {@code bytes}. */
    public static String describe(byte[] bytes, int length) {
        byte[] shown = Arrays.copyOf(bytes, Math.min(length, PREVIEW_BYTES));
        String more = length > PREVIEW_BYTES ? " … (" + length + " bytes in all)" : "";
        return "\"" + printable(shown) + "\"" + more + " (" + hex(shown) + (length > PREVIEW_BYTES ? " …" : "") + ")";
    }

    /** Escapes bytes the way a scenario would write them, so the output can be pasted back. */
    public static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        boolean clean = Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), bytes);
        if (clean) {
            decoded.codePoints().forEach(cp -> appendEscaped(text, cp));
        } else {
            for (byte b : bytes) {
                int v = b & 0xff;
                if (v >= 0x20 && v < 0x7f) {
                    appendEscaped(text, v);
                } else {
                    appendEscaped(text, v < 0x20 || v == 0x7f ? v : -v);
                }
            }
        }
        return text.toString();
    }

    /** Space-separated lower-case hex, the way failure messages show bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    private static void appendEscaped(StringBuilder text, int cp) {
        switch (cp) {
            case '\r' -> text.append("\\r");
            case '\n' -> text.append("\\n");
            case '\t' -> text.append("\\t");
            case '\\' -> text.append("\\\\");
            case '"' -> text.append("\\\"");
            default -> {
                if (cp < 0) {
                    text.append(String.format("\\x%02x", -cp));
                } else if (cp < 0x20 || cp == 0x7f) {
                    text.append(String.format("\\x%02x", cp));
                } else {
                    text.appendCodePoint(cp);
                }
            }
        }
    }

    private static void flush(StringBuilder plain, ByteArrayOutputStream out) {
        out.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
        plain.setLength(0);
    }

    private static boolean isHex(String s) {
        return s.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }

    private static IllegalArgumentException badHex(String quoted, int at) {
        return ScenarioError.of("payload \"" + quoted + "\" has a \\x escape at position " + (at - 1)
                + " without two hex digits; expected \\xNN, for example \\x00 or \\xff");
    }
}
