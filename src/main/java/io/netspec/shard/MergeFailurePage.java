package io.netspec.shard;

import java.util.List;

import static io.netspec.report.Html.escape;

/** index.html of a merge that could not make a whole run: what is wrong, and the folders it was given; no totals. */
final class MergeFailurePage {
    private MergeFailurePage() {
    }

    static String render(List<String> problems, List<String> folders) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>netspec merge failed: the run is incomplete</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1000px;margin:0 auto;padding:24px;color:#1f2328}")
                .append(".verdict{background:#ffebe9;color:#a40e26;font-weight:600;padding:10px 14px;border-radius:6px}")
                .append("li{margin:4px 0}</style>\n</head>\n<body>\n<h1>netspec merge failed: the run is incomplete</h1>\n")
                .append("<p class=\"verdict\">No merged report was written: these shard folders do not make one whole run."
                        + " Totals of a part would look like the whole, so there are none here.</p>\n<h2>What is wrong</h2>\n<ul>\n");
        problems.forEach(p -> out.append("<li>").append(escape(p)).append("</li>\n"));
        out.append("</ul>\n<h2>Folders given</h2>\n<ul>\n");
        folders.forEach(f -> out.append("<li><code>").append(escape(f)).append("</code></li>\n"));
        return out.append("</ul>\n</body>\n</html>\n").toString();
    }
}
