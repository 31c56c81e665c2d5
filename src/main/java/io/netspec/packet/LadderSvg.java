package io.netspec.packet;

import java.util.List;
import java.util.Locale;

/**
 * The classic two-column picture of one TCP connection: the client on the left, the server on the
 * right, one sloping arrow a packet in capture order, labelled SYN, SYN-ACK, ACK, data (relative
 * sequence numbers and length), FIN or RST. Dropped packets end in a red cross half-way;
 * retransmissions are orange; the time of each packet is on the left.
 */
public final class LadderSvg {
    /** A ladder beyond this many packets says how many it left out; the packet table has them all. */
    public static final int MAX_ROWS = 400;
    private static final int LEFT = 170;
    private static final int RIGHT = 610;
    private static final int ROW = 26;
    private static final int TOP = 70;

    private LadderSvg() {
    }

    /**
     * What a report calls the ladder of {@code connection} as {@code network} captured it: a connection across
     * a router crosses two networks, and each draws a ladder of its own, so the caption names its network.
     */
    public static String caption(TcpConnection connection, String clientName, String serverName, String network) {
        return "ladder of " + clientName + " -> " + serverName + " on \"" + network + "\" (" + connection.describe() + ")";
    }

    /** The ladder of {@code connection} as the network {@code network} captured it. */
    public static String render(TcpConnection connection, String clientName, String serverName, String network) {
        List<Captured> packets = connection.packets();
        int rows = Math.min(packets.size(), MAX_ROWS);
        int height = TOP + rows * ROW + 60;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"780\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\""
                        + " orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"context-stroke\"/></marker></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(s, LEFT, 20, "middle", "bold", clientName);
        text(s, LEFT, 36, "middle", "", TcpConnection.endpoint(connection.client()));
        text(s, RIGHT, 20, "middle", "bold", serverName);
        text(s, RIGHT, 36, "middle", "", TcpConnection.endpoint(connection.server()));
        text(s, (LEFT + RIGHT) / 2, 20, "middle", "", "as \"" + network + "\" saw it");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"46\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                LEFT, LEFT, height - 30));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"46\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                RIGHT, RIGHT, height - 30));
        List<TcpConnection.Segment> segments = connection.clientSegments();
        List<Captured> syns = connection.syns();
        long start = packets.isEmpty() ? 0 : packets.get(0).nanos();
        for (int i = 0; i < rows; i++) {
            Captured c = packets.get(i);
            int y = TOP + i * ROW;
            boolean fromClient = connection.fromClient(c);
            int x1 = fromClient ? LEFT : RIGHT;
            int x2 = fromClient ? RIGHT : LEFT;
            boolean retransmission = segments.stream().anyMatch(seg -> seg.retransmissions().contains(c))
                    || (c.packet().isSyn() && syns.indexOf(c) > 0);
            String colour = c.fate() == Fate.DROPPED ? "#c62828" : retransmission ? "#ef6c00" : "#1565c0";
            text(s, 10, y + 12, "start", "", String.format(Locale.ROOT, "+%.6f s", (c.nanos() - start) / 1e9));
            if (c.fate() == Fate.DROPPED) {
                int xm = (x1 + x2) / 2;
                s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                        + " stroke-dasharray=\"5,3\"/>%n", x1, y, xm, y + ROW / 2, colour));
                s.append(String.format(Locale.ROOT, "<path d=\"M%d,%d l10,10 m0,-10 l-10,10\" stroke=\"%s\""
                        + " stroke-width=\"2\"/>%n", xm - 5, y + ROW / 2 - 5, colour));
            } else {
                s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                        + " marker-end=\"url(#arrow)\"/>%n", x1, y, x2, y + ROW - 8, colour));
            }
            String label = label(connection, c, retransmission, segments);
            text(s, (LEFT + RIGHT) / 2, y + 4, "middle", "", label);
            if (c.fate() != Fate.PASSED) {
                text(s, RIGHT + 10, y + 12, "start", "", c.fate().word());
            }
        }
        if (packets.size() > rows) {
            text(s, (LEFT + RIGHT) / 2, TOP + rows * ROW + 20, "middle", "bold", "... and " + (packets.size() - rows)
                    + " more packets (the packet table has them all)");
        }
        return s.append("</svg>\n").toString();
    }

    private static String label(TcpConnection connection, Captured c, boolean retransmission,
                                List<TcpConnection.Segment> segments) {
        Packet p = c.packet();
        String kind;
        if (p.has(Packet.RST)) {
            kind = "RST";
        } else if (p.isSynAck()) {
            kind = "SYN-ACK";
        } else if (p.isSyn()) {
            kind = "SYN";
        } else if (p.has(Packet.FIN)) {
            kind = "FIN";
        } else if (p.isData()) {
            kind = "data";
        } else {
            kind = "ACK";
        }
        boolean fromClient = connection.fromClient(c);
        long base = (fromClient ? connection.clientIsn() : connection.serverIsn()).orElse(0L);
        long peer = (fromClient ? connection.serverIsn() : connection.clientIsn()).orElse(0L);
        StringBuilder s = new StringBuilder(kind);
        if (p.isData()) {
            s.append(" seq ").append((p.seq() - base) & 0xFFFF_FFFFL).append(" len ").append(p.payloadLength());
            if (fromClient) {
                segments.stream().filter(seg -> seg.first() == c || seg.retransmissions().contains(c)).findFirst()
                        .ifPresent(seg -> s.append(" (segment ").append(seg.number()).append(')'));
            }
        }
        if (p.has(Packet.ACK) && !p.isSynAck()) {
            s.append(" ack ").append((p.ack() - peer) & 0xFFFF_FFFFL);
        }
        if (retransmission) {
            s.append(" retransmission");
        }
        return s.toString();
    }

    private static void text(StringBuilder s, int x, int y, String anchor, String weight, String value) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s>%s</text>%n", x, y, anchor,
                weight.isEmpty() ? "" : " font-weight=\"" + weight + "\"", escape(value)));
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
