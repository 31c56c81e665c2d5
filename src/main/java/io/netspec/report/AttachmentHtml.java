package io.netspec.report;

import java.util.Locale;

import static io.netspec.report.Html.escape;

/** An attachment as HTML, the same way on every page: pictures drawn, texts shown, anything else a download. */
final class AttachmentHtml {
    private AttachmentHtml() {
    }

    /**
     * The whole attachment, open.
     *
     * @param root how the page reaches the reports folder: {@code ""} from index.html, {@code "../"} from a scenario page
     */
    static void open(StringBuilder out, Attachment a, String root) {
        switch (a.shown()) {
            case PICTURE -> picture(out, a, root);
            case TEXT -> {
                if (Timeline.isData(a)) {
                    out.append("<div class=\"attachment text\"><h5>").append(escape(a.name())).append("</h5><pre>")
                            .append(escape(Timeline.parse(a.text()).table())).append("</pre></div>\n");
                    return;
                }
                if (a.isLog()) {
                    out.append("<pre class=\"log\">").append(escape(a.text())).append("</pre>\n");
                    return;
                }
                out.append("<div class=\"attachment text\"><h5>").append(escape(a.name())).append("</h5><pre>")
                        .append(escape(a.text())).append("</pre></div>\n");
            }
            case DOWNLOAD -> download(out, a, root);
        }
    }

    /** A text's last lines (as kept in memory) under its title, with a link to the whole of it. */
    static void tail(StringBuilder out, Attachment a, String root, int lines) {
        String text = TextLines.last(a.text(), lines);
        boolean cut = a.shortened() || TextLines.count(text) < TextLines.count(a.text());
        out.append("<div class=\"attachment text\"><h5>").append(escape(a.name()));
        if (cut) {
            out.append(" <span class=\"note\">(last ").append(TextLines.count(text)).append(" lines");
            if (!a.file().isEmpty()) {
                out.append(", <a href=\"").append(escape(root + a.file())).append("\">all of it</a>");
            }
            out.append(")</span>");
        }
        out.append("</h5><pre>").append(escape(text)).append("</pre></div>\n");
    }

    static void picture(StringBuilder out, Attachment a, String root) {
        out.append(Timeline.isPicture(a) ? "<figure class=\"chart timeline\">" : "<figure class=\"chart\">");
        if (a.file().isEmpty()) {
            out.append("<p class=\"note\">").append(escape(a.name())).append(": not written to a file</p>");
        } else {
            out.append("<img src=\"").append(escape(root + a.file())).append("\" alt=\"").append(escape(a.name()))
                    .append("\" loading=\"eager\">");
        }
        out.append("<figcaption>").append(escape(a.name())).append("</figcaption></figure>\n");
    }

    static void download(StringBuilder out, Attachment a, String root) {
        out.append("<p class=\"attachment download\">");
        if (a.file().isEmpty()) {
            out.append(escape(a.name()));
        } else {
            String fileName = a.file().substring(a.file().lastIndexOf('/') + 1);
            out.append("<a href=\"").append(escape(root + a.file())).append("\" download=\"")
                    .append(escape(downloadName(a, fileName))).append("\">").append(escape(a.name())).append("</a>");
        }
        out.append(" <span class=\"note\">(").append(escape(a.mediaType())).append(", ").append(size(a.size()))
                .append(")</span></p>\n");
    }

    /** A file name for the browser to save: the title made safe, with the type's ending. */
    private static String downloadName(Attachment a, String fallback) {
        String base = a.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return base.isEmpty() ? fallback : base + "." + a.extension();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
