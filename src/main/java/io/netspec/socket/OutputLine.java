package io.netspec.socket;

import java.nio.charset.StandardCharsets;

/**
 * One line of a program's output as {@link ProgramOutput} keeps it: at most {@link ProgramOutput#LINE_BOUND}
 * bytes, how many bytes of it were cut, and whether a newline ended it.
 */
record OutputLine(byte[] bytes, long cut, boolean newline) {
    /** How many bytes the program printed for this line, newline included. */
    long printed() {
        return bytes.length + cut + (newline ? 1 : 0);
    }

    /** The kept bytes as UTF-8 text, without a carriage return before the newline. */
    String text() {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
