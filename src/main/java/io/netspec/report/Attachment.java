package io.netspec.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a scenario attached (a chart, a transcript, a table, a capture, a log line), shown by its
 * media type: pictures drawn, text shown as text, anything else offered as a download.
 *
 * @param size the attachment's full size in bytes, kept when {@code data} is shortened
 * @param data the bytes (whole, or only the last lines of a text once its page is written)
 * @param file where the whole attachment was written, relative to the reports folder, or empty
 */
public record Attachment(String name, String mediaType, long size, byte[] data, String file) {
    /** The media type Cucumber gives lines written with {@code scenario.log}. */
    public static final String LOG = "text/x.cucumber.log+plain";

    /** How a report shows an attachment. */
    public enum Shown { PICTURE, TEXT, DOWNLOAD }

    public Attachment {
        name = name == null || name.isBlank() ? "attachment" : name;
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream"
                : mediaType.toLowerCase(Locale.ROOT).strip();
        Objects.requireNonNull(data, "data");
        file = file == null ? "" : file;
    }

    public static Attachment of(String name, String mediaType, byte[] data) {
        return new Attachment(name, mediaType, data.length, data.clone(), "");
    }

    public Shown shown() {
        String type = baseType();
        if (type.equals("image/svg+xml") || type.equals("image/png") || type.equals("image/jpeg")
                || type.equals("image/gif") || type.equals("image/webp")) {
            return Shown.PICTURE;
        }
        if (type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml")) {
            return Shown.TEXT;
        }
        return Shown.DOWNLOAD;
    }

    public boolean isLog() {
        return baseType().equals(LOG);
    }

    /** The media type without parameters such as {@code ;charset=utf-8}. */
    String baseType() {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip();
    }

    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Whether {@link #data} holds less than the whole attachment. */
    public boolean shortened() {
        return data.length < size;
    }

    /** The file name ending its media type calls for. */
    String extension() {
        return switch (baseType()) {
            case "image/svg+xml" -> "svg";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "application/vnd.tcpdump.pcap", "application/pcap", "application/x-pcap" -> "pcap";
            case "application/json" -> "json";
            case "application/xml" -> "xml";
            default -> shown() == Shown.TEXT ? "txt" : "bin";
        };
    }

    /** The same attachment, written to {@code file}. */
    Attachment writtenTo(String file) {
        return new Attachment(name, mediaType, size, data, file);
    }

    /**
     * What is kept in memory once the whole attachment is on disk: a text's last {@code lines}
     * lines, nothing of a picture or a download.
     */
    Attachment slim(int lines) {
        if (shown() != Shown.TEXT) {
            return new Attachment(name, mediaType, size, new byte[0], file);
        }
        String tail = TextLines.last(text(), lines);
        return new Attachment(name, mediaType, size, tail.getBytes(StandardCharsets.UTF_8), file);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && a.name.equals(name) && a.mediaType.equals(mediaType) && a.size == size
                && Arrays.equals(a.data, data) && a.file.equals(file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, size, Arrays.hashCode(data), file);
    }

    @Override
    public String toString() {
        return name + " (" + mediaType + ", " + size + " bytes" + (file.isEmpty() ? "" : ", " + file) + ")";
    }
}
