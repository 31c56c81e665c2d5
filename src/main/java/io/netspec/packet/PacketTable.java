package io.netspec.packet;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A capture as a plain-text table, one line a frame: number, time since the first frame, source,
 * destination, protocol, TCP flags, sequence and acknowledgement numbers (relative to each side's
 * initial sequence number when its SYN was captured, as Wireshark shows them), the window each segment
 * advertised (in bytes, scaled as the handshake agreed; 0: the sender's receive buffer is full), payload
 * length, and what netspec did to the frame.
 */
public final class PacketTable {
    private static final String FORMAT = "%6s  %11s  %-28s  %-28s  %-6s  %-5s  %10s  %10s  %8s  %6s  %s%n";

    private PacketTable() {
    }

    public static String text(List<Captured> frames) {
        Map<InetSocketAddress, Long> isns = new HashMap<>();
        Map<Captured, Long> windows = new java.util.IdentityHashMap<>();
        for (TcpConnection c : TcpConnections.of(frames)) {
            c.clientIsn().ifPresent(i -> isns.put(c.client(), i));
            c.serverIsn().ifPresent(i -> isns.put(c.server(), i));
            c.packets().forEach(p -> windows.put(p, c.advertisedWindow(p)));
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, FORMAT, "no.", "time (s)", "source", "destination", "proto", "flags",
                "seq", "ack", "win", "length", "fate"));
        long start = frames.isEmpty() ? 0 : frames.get(0).nanos();
        int number = 0;
        for (Captured c : frames) {
            Packet p = c.packet();
            String seq = "";
            String ack = "";
            String win = "";
            if (p.isTcp()) {
                win = p.has(Packet.RST) ? "" : Long.toString(windows.getOrDefault(c, (long) p.window()));
                seq = Long.toString(relative(p.seq(), isns.get(p.sourceEndpoint())));
                ack = p.has(Packet.ACK) ? Long.toString(relative(p.ack(), isns.get(p.destinationEndpoint()))) : "";
            }
            String protocol = p.protocol().label();
            String fate = c.fateText() + (p.summary().isEmpty() ? "" : "  [" + p.summary() + "]");
            s.append(String.format(Locale.ROOT, FORMAT, ++number, String.format(Locale.ROOT, "%.6f",
                    (c.nanos() - start) / 1e9), p.from(), p.to(), protocol, p.flagText(), seq, ack, win,
                    p.protocol().hasPorts() ? Integer.toString(p.payloadLength()) : Integer.toString(p.frameLength()),
                    fate));
        }
        return s.toString();
    }

    private static long relative(long value, Long isn) {
        return isn == null ? value : (value - isn) & 0xFFFF_FFFFL;
    }
}
