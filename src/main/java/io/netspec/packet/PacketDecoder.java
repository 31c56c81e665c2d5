package io.netspec.packet;

import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads Ethernet frames far enough for netspec's tables and TCP analysis: Ethernet II (with one VLAN
 * tag at most), ARP, IPv4, IPv6 (skipping hop-by-hop, routing and destination-option headers), TCP,
 * UDP, ICMP and ICMPv6. Never throws on bytes it cannot read: such a frame decodes as
 * {@link Protocol#OTHER} with a summary that says why.
 */
public final class PacketDecoder {
    private static final int ETHER_IPV4 = 0x0800;
    private static final int ETHER_ARP = 0x0806;
    private static final int ETHER_IPV6 = 0x86DD;
    private static final int ETHER_VLAN = 0x8100;

    private PacketDecoder() {
    }

    public static Packet decode(byte[] frame) {
        if (frame.length < 14) {
            return other(frame.length, "a frame of " + frame.length + " bytes, shorter than an Ethernet header");
        }
        ByteBuffer b = ByteBuffer.wrap(frame);
        int offset = 12;
        int type = b.getShort(offset) & 0xFFFF;
        if (type == ETHER_VLAN && frame.length >= 18) {
            offset += 4;
            type = b.getShort(offset) & 0xFFFF;
        }
        offset += 2;
        return switch (type) {
            case ETHER_IPV4 -> ipv4(frame, b, offset);
            case ETHER_IPV6 -> ipv6(frame, b, offset);
            case ETHER_ARP -> arp(frame, b, offset);
            default -> other(frame.length, String.format("ethertype 0x%04x", type));
        };
    }

    private static Packet ipv4(byte[] frame, ByteBuffer b, int at) {
        if (frame.length < at + 20) {
            return other(frame.length, "IPv4 header truncated");
        }
        int headerLength = (b.get(at) & 0x0F) * 4;
        int totalLength = b.getShort(at + 2) & 0xFFFF;
        int fragmentOffset = b.getShort(at + 6) & 0x1FFF;
        int protocol = b.get(at + 9) & 0xFF;
        InetAddress source = address(frame, at + 12, 4);
        InetAddress destination = address(frame, at + 16, 4);
        int end = Math.min(frame.length, at + Math.max(totalLength, headerLength));
        if (fragmentOffset != 0) {
            return new Packet(frame.length, Protocol.OTHER_IP, source, destination, 0, 0, 0, 0, 0,
                    end - at - headerLength, "IPv4 fragment");
        }
        return transport(frame, b, protocol, at + headerLength, end, source, destination, false);
    }

    private static Packet ipv6(byte[] frame, ByteBuffer b, int at) {
        if (frame.length < at + 40) {
            return other(frame.length, "IPv6 header truncated");
        }
        int payloadLength = b.getShort(at + 4) & 0xFFFF;
        int next = b.get(at + 6) & 0xFF;
        InetAddress source = address(frame, at + 8, 16);
        InetAddress destination = address(frame, at + 24, 16);
        int end = Math.min(frame.length, at + 40 + payloadLength);
        int offset = at + 40;
        while ((next == 0 || next == 43 || next == 60) && offset + 8 <= end) {
            int length = ((b.get(offset + 1) & 0xFF) + 1) * 8;
            next = b.get(offset) & 0xFF;
            offset += length;
        }
        return transport(frame, b, next, offset, end, source, destination, true);
    }

    private static Packet transport(byte[] frame, ByteBuffer b, int protocol, int at, int end, InetAddress source,
                                    InetAddress destination, boolean v6) {
        int available = end - at;
        if (protocol == 6 && available >= 20) {
            int sourcePort = b.getShort(at) & 0xFFFF;
            int destinationPort = b.getShort(at + 2) & 0xFFFF;
            long seq = b.getInt(at + 4) & 0xFFFF_FFFFL;
            long ack = b.getInt(at + 8) & 0xFFFF_FFFFL;
            int dataOffset = ((b.get(at + 12) & 0xF0) >> 4) * 4;
            int flags = b.get(at + 13) & 0x3F;
            int window = b.getShort(at + 14) & 0xFFFF;
            int payload = Math.max(0, available - dataOffset);
            int scale = (flags & Packet.SYN) != 0 ? windowScale(b, at + 20, Math.min(end, at + dataOffset)) : -1;
            return new Packet(frame.length, Protocol.TCP, source, destination, sourcePort, destinationPort, flags,
                    seq, ack, payload, "", window, scale);
        }
        if (protocol == 17 && available >= 8) {
            return new Packet(frame.length, Protocol.UDP, source, destination, b.getShort(at) & 0xFFFF,
                    b.getShort(at + 2) & 0xFFFF, 0, 0, 0, available - 8, "");
        }
        if ((protocol == 1 || protocol == 58) && available >= 4) {
            int type = b.get(at) & 0xFF;
            Protocol p = protocol == 1 ? Protocol.ICMP : Protocol.ICMPV6;
            String summary = GroupReports.of(frame).map(GroupReports.Report::summary)
                    .orElseGet(() -> v6 ? NeighbourDiscovery.summary(frame, at, end, source) : icmp(type, false));
            return new Packet(frame.length, p, source, destination, 0, 0, 0, 0, 0, available - 4, summary);
        }
        if (protocol == 2 && !v6) {
            return new Packet(frame.length, Protocol.IGMP, source, destination, 0, 0, 0, 0, 0, Math.max(0, available),
                    GroupReports.of(frame).map(GroupReports.Report::summary).orElse("IGMP type " + (available > 0 ? b.get(at) & 0xFF : -1)));
        }
        return new Packet(frame.length, Protocol.OTHER_IP, source, destination, 0, 0, 0, 0, 0, Math.max(0, available),
                "IP protocol " + protocol);
    }

    /** The shift of the window scale option (RFC 7323, kind 3) among the options from {@code at} to {@code end}, or -1. */
    static int windowScale(ByteBuffer b, int at, int end) {
        int i = at;
        while (i < end) {
            int kind = b.get(i) & 0xFF;
            if (kind == 0) {
                return -1;
            }
            if (kind == 1) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return -1;
            }
            int length = b.get(i + 1) & 0xFF;
            if (length < 2) {
                return -1;
            }
            if (kind == 3 && length == 3 && i + 2 < end) {
                return Math.min(14, b.get(i + 2) & 0xFF);
            }
            i += length;
        }
        return -1;
    }

    static String icmp(int type, boolean v6) {
        if (v6) {
            return switch (type) {
                case 128 -> "echo request";
                case 129 -> "echo reply";
                case 135 -> "neighbor solicitation";
                case 136 -> "neighbor advertisement";
                case 133 -> "router solicitation";
                case 143 -> "multicast listener report";
                default -> "type " + type;
            };
        }
        return switch (type) {
            case 8 -> "echo request";
            case 0 -> "echo reply";
            case 3 -> "destination unreachable";
            case 11 -> "time exceeded";
            default -> "type " + type;
        };
    }

    private static Packet arp(byte[] frame, ByteBuffer b, int at) {
        if (frame.length < at + 28) {
            return other(frame.length, "ARP truncated");
        }
        int operation = b.getShort(at + 6) & 0xFFFF;
        InetAddress sender = address(frame, at + 14, 4);
        InetAddress target = address(frame, at + 24, 4);
        String summary = operation == 1
                ? "who-has " + HostPort.show(target) + " tell " + HostPort.show(sender)
                : operation == 2 ? HostPort.show(sender) + " is-at " + mac(frame, at + 8) : "operation " + operation;
        if (operation == 1 && sender.isAnyLocalAddress()) {
            summary += " (ARP probe, RFC 5227: is the address taken?)";
        } else if (operation == 1 && sender.equals(target)) {
            summary += " (ARP announcement)";
        }
        return new Packet(frame.length, Protocol.ARP, sender, target, 0, 0, 0, 0, 0, 0, summary);
    }

    /**
     * Whether {@code packet} (read from {@code frame}) is IPv6 neighbour discovery: ICMPv6 router or
     * neighbour solicitation or advertisement, or a redirect (types 133 to 137), IPv6's address resolution.
     */
    static boolean isNeighbourDiscovery(byte[] frame, Packet packet) {
        if (packet.protocol() != Protocol.ICMPV6) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(frame);
        int at = (b.getShort(12) & 0xFFFF) == ETHER_VLAN ? 18 : 14;
        int end = frame.length;
        int next = b.get(at + 6) & 0xFF;
        int offset = at + 40;
        while ((next == 0 || next == 43 || next == 60) && offset + 8 <= end) {
            int length = ((b.get(offset + 1) & 0xFF) + 1) * 8;
            next = b.get(offset) & 0xFF;
            offset += length;
        }
        if (next != 58 || offset >= end) {
            return false;
        }
        int type = b.get(offset) & 0xFF;
        return type >= 133 && type <= 137;
    }

    static String mac(byte[] frame, int at) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(i == 0 ? "" : ":").append(String.format("%02x", frame[at + i] & 0xFF));
        }
        return s.toString();
    }

    private static InetAddress address(byte[] frame, int at, int length) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(frame, at, at + length));
        } catch (UnknownHostException e) {
            throw NetspecFailure.of("an address of " + length + " bytes was refused by the JDK", e);
        }
    }

    private static Packet other(int length, String why) {
        return new Packet(length, Protocol.OTHER, null, null, 0, 0, 0, 0, 0, 0, why);
    }
}
