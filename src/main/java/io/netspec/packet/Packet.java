package io.netspec.packet;

import io.netspec.address.HostPort;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * One frame as netspec reads it: its length, what it carries, the addresses and ports at either end,
 * and for TCP the flags, sequence and acknowledgement numbers (as on the wire, unsigned 32-bit), the
 * number of payload bytes, the window field as on the wire (unscaled) and, in a SYN, the window scale
 * option (-1 where there is none). Addresses are null for frames that carry no IP (ARP keeps the sender
 * and target protocol addresses in them); ports are 0 where there are none.
 */
public record Packet(int frameLength, Protocol protocol, InetAddress source, InetAddress destination,
                     int sourcePort, int destinationPort, int flags, long seq, long ack, int payloadLength,
                     String summary, int window, int windowScale) {
    /** A frame without TCP's window fields. */
    public Packet(int frameLength, Protocol protocol, InetAddress source, InetAddress destination,
                  int sourcePort, int destinationPort, int flags, long seq, long ack, int payloadLength, String summary) {
        this(frameLength, protocol, source, destination, sourcePort, destinationPort, flags, seq, ack, payloadLength,
                summary, 0, -1);
    }

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;

    public boolean isTcp() {
        return protocol == Protocol.TCP;
    }

    public boolean has(int flag) {
        return isTcp() && (flags & flag) == flag;
    }

    /** A SYN without ACK: the first packet of a TCP connection (or its retransmission). */
    public boolean isSyn() {
        return has(SYN) && !has(ACK);
    }

    public boolean isSynAck() {
        return has(SYN) && has(ACK);
    }

    /** TCP with payload bytes: what TCP numbers, byte by byte. */
    public boolean isData() {
        return isTcp() && payloadLength > 0;
    }

    /** The sequence number one past this segment's last byte (SYN and FIN count one each). */
    public long seqEnd() {
        return (seq + payloadLength + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0)) & 0xFFFF_FFFFL;
    }

    public InetSocketAddress sourceEndpoint() {
        return source == null ? null : new InetSocketAddress(source, sourcePort);
    }

    public InetSocketAddress destinationEndpoint() {
        return destination == null ? null : new InetSocketAddress(destination, destinationPort);
    }

    /** TCP flags as tcpdump writes them: S, F, R, P, U and . for ACK, e.g. "S." for SYN-ACK. */
    public String flagText() {
        if (!isTcp()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (has(SYN)) {
            s.append('S');
        }
        if (has(FIN)) {
            s.append('F');
        }
        if (has(RST)) {
            s.append('R');
        }
        if (has(PSH)) {
            s.append('P');
        }
        if (has(URG)) {
            s.append('U');
        }
        if (has(ACK)) {
            s.append('.');
        }
        return s.toString();
    }

    /** Source as "address:port" (or just the address), for tables and messages. */
    public String from() {
        return at(source, sourcePort);
    }

    public String to() {
        return at(destination, destinationPort);
    }

    private String at(InetAddress address, int port) {
        if (address == null) {
            return "-";
        }
        return protocol.hasPorts() ? HostPort.show(address, port) : HostPort.show(address);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s > %s %s%s", protocol.label(), from(), to(), summary,
                isTcp() ? " [" + flagText() + "] seq " + seq + " ack " + ack + " len " + payloadLength : "");
    }
}
