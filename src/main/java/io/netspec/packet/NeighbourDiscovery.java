package io.netspec.packet;

import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a capture table words ICMPv6: neighbour solicitations and advertisements with the address they
 * are about (a solicitation from the unspecified address is duplicate address detection, RFC 4862, and
 * an advertisement carries the MAC address that answers), the other types by name.
 */
public final class NeighbourDiscovery {
    private NeighbourDiscovery() {
    }

    /** The summary of the ICMPv6 message at {@code at} (up to {@code end}) in {@code frame}, sent from {@code source}. */
    static String summary(byte[] frame, int at, int end, InetAddress source) {
        int type = frame[at] & 0xFF;
        if ((type != 135 && type != 136) || end < at + 24) {
            return PacketDecoder.icmp(type, true);
        }
        String target = HostPort.show(target(frame, at + 8));
        if (type == 135) {
            return "neighbor solicitation for " + target
                    + (source != null && source.isAnyLocalAddress() ? " (duplicate address detection: is it taken?)" : "");
        }
        for (int option = at + 24; option + 8 <= end && frame[option + 1] != 0; option += (frame[option + 1] & 0xFF) * 8) {
            if (frame[option] == 2) {
                return "neighbor advertisement: " + target + " is-at " + PacketDecoder.mac(frame, option + 2);
            }
        }
        return "neighbor advertisement for " + target;
    }

    /**
     * The MAC address a neighbour advertisement in {@code frame} (Ethernet, IPv6, ICMPv6 with no extension
     * header, as neighbour discovery sends it) gives for {@code target}: its target link-layer address
     * option, else the frame's source MAC address; empty for any other frame.
     */
    public static Optional<String> advertiser(byte[] frame, InetAddress target) {
        if (!isAbout(frame, target) || (frame[54] & 0xFF) != 136) {
            return Optional.empty();
        }
        for (int option = 78; option + 8 <= frame.length && frame[option + 1] != 0; option += (frame[option + 1] & 0xFF) * 8) {
            if (frame[option] == 2) {
                return Optional.of(PacketDecoder.mac(frame, option + 2));
            }
        }
        return Optional.of(PacketDecoder.mac(frame, 6));
    }

    /** A neighbour solicitation or advertisement (Ethernet, IPv6, ICMPv6) whose target is {@code target}. */
    public static boolean isAbout(byte[] frame, InetAddress target) {
        if (frame.length < 78 || (frame[12] & 0xFF) != 0x86 || (frame[13] & 0xFF) != 0xDD || (frame[20] & 0xFF) != 58) {
            return false;
        }
        int type = frame[54] & 0xFF;
        return (type == 135 || type == 136) && target.equals(target(frame, 62));
    }

    private static InetAddress target(byte[] frame, int at) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(frame, at, at + 16));
        } catch (UnknownHostException e) {
            throw NetspecFailure.of("16 bytes were refused as an IPv6 address", e);
        }
    }
}
