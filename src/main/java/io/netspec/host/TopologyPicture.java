package io.netspec.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws networks as horizontal lines (name and range at the left), each host as a box in a column of
 * its own with a line down to every network it is on, labelled with its address there. Routers are
 * drawn between the networks they join, in another colour.
 */
final class TopologyPicture {
    private static final int ROW = 170;
    private static final int COLUMN = 190;
    private static final int LEFT = 220;
    private static final int TOP = 110;
    private static final int BOX_W = 165;
    private static final int BOX_H = 34;

    private TopologyPicture() {
    }

    static String draw(List<Network> networks, List<Host> hosts) {
        int width = LEFT + Math.max(1, hosts.size()) * COLUMN + 40;
        int height = TOP + Math.max(1, networks.size()) * ROW - 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (int i = 0; i < networks.size(); i++) {
            Network n = networks.get(i);
            int y = lineY(i);
            svg.append(String.format("<line x1=\"20\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0969da\" stroke-width=\"4\"/>%n",
                    y, width - 20, y));
            svg.append(text(24, y + 18, "network \"" + n.name() + "\"", "bold", "#0969da"));
            svg.append(text(24, y + 34, n.cidr().toString() + " (switch: netspec)", "normal", "#0969da"));
        }
        for (int h = 0; h < hosts.size(); h++) {
            Host host = hosts.get(h);
            List<Integer> rows = new ArrayList<>();
            for (Network n : host.networks()) {
                rows.add(networks.indexOf(n));
            }
            int min = rows.stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = rows.stream().mapToInt(Integer::intValue).max().orElse(0);
            int x = LEFT + h * COLUMN;
            int boxY = host.isRouter() && max > min ? (lineY(min) + lineY(max)) / 2 - BOX_H / 2 : lineY(min) - 75;
            List<Attachment> attachments = host.attachments();
            for (int k = 0; k < attachments.size() && k < rows.size(); k++) {
                int y = lineY(rows.get(k));
                int cx = x + BOX_W / 2;
                svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\" stroke-width=\"2\"/>%n",
                        cx, y < boxY ? boxY : boxY + BOX_H, cx, y));
                svg.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#57606a\"/>%n", cx, y));
                int labelY = y < boxY ? y + 16 : y - 8;
                svg.append(text(cx + 6, labelY, attachments.get(k).address() + " (" + attachments.get(k).interfaceName() + ")",
                        "normal", "#24292f"));
            }
            String fill = host.isRouter() ? "#fff8c5" : "#ddf4ff";
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"#24292f\"/>%n",
                    x, boxY, BOX_W, BOX_H, fill));
            svg.append(text(x + 8, boxY + 15, (host.isRouter() ? "router " : "host ") + "\"" + host.name() + "\"", "bold", "#24292f"));
            svg.append(text(x + 8, boxY + 29, "own 127.0.0.1" + (host.isRouter() ? ", forwarding" : ""), "normal", "#57606a"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static int lineY(int row) {
        return TOP + row * ROW;
    }

    private static String text(int x, int y, String content, String weight, String colour) {
        return String.format("<text x=\"%d\" y=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>%n", x, y, weight, colour, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
