package io.netspec.core;

import java.nio.charset.StandardCharsets;

/**
 * Where capability code puts what it saw for the report: files, pictures and tables attached to the
 * scenario, and lines in its log. The scenario's World is one; a unit test keeps what it is given.
 */
public interface Evidence {
    /** Attaches a picture, table or file. */
    void attach(String title, String mediaType, byte[] content);

    /** A line in the log. */
    void log(String line);

    /** Attaches plain text, shown as text, never as markup. */
    default void attach(String title, String text) {
        attach(title, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
