package io.netspec.netns;

import io.netspec.core.NetspecFailure;

import com.sun.jna.Memory;

import java.net.Inet4Address;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Duplicate address detection for IPv4 as RFC 5227 does it (the Linux kernel does none by itself): ARP
 * probes (sender address 0.0.0.0, so no neighbour table learns anything from them) for an address, sent
 * from one interface through an AF_PACKET socket, and the first ARP packet from another MAC address
 * that says the address is in use. Must run on a thread inside the namespace of the interface
 * ({@link Namespace#call}); bounded.
 */
public final class ArpProbe {
    private static final int SOCKADDR_LL = 20;
    private static final int ARP_LENGTH = 28;
    /** RFC 5227 sends three probes; it spaces them 1 to 2 s apart, netspec by a quarter of the wait. */
    static final int PROBES = 3;

    private ArpProbe() {
    }

    /** The answer: the MAC address that claimed the address, after how long, and how many probes were sent. */
    public record Answer(String mac, Duration after, int probesSent) {
    }

    /**
     * Sends up to {@value #PROBES} probes for {@code address} from {@code ifName} (whose MAC address is
     * {@code mac}) and returns the first conflicting ARP packet within {@code bound}: one whose sender is
     * {@code address}, or another host's probe for it; empty when none came.
     */
    public static Optional<Answer> probe(String ifName, byte[] mac, Inet4Address address, Duration bound) {
        int index = Libc.if_nametoindex(ifName);
        if (index == 0) {
            throw NetspecFailure.of("there is no interface " + ifName + " for an ARP probe: " + Libc.describe(Libc.errno()));
        }
        int fd = Libc.socket(Libc.AF_PACKET, Libc.SOCK_DGRAM | Libc.SOCK_CLOEXEC, Short.toUnsignedInt(Short.reverseBytes((short) Libc.ETH_P_ARP)));
        if (fd < 0) {
            throw NetspecFailure.of("socket(AF_PACKET) for an ARP probe failed: " + Libc.describe(Libc.errno()));
        }
        try {
            Memory here = link(index, null);
            if (Libc.bind(fd, here, SOCKADDR_LL) != 0) {
                throw NetspecFailure.of("binding an ARP probe to " + ifName + " failed: " + Libc.describe(Libc.errno()));
            }
            Memory broadcast = link(index, new byte[] {-1, -1, -1, -1, -1, -1});
            Memory request = request(mac, address.getAddress());
            Memory reply = new Memory(2048);
            long start = System.nanoTime();
            long end = start + bound.toNanos();
            long gap = Math.max(Duration.ofMillis(100).toNanos(), bound.toNanos() / (PROBES + 1));
            int sent = 0;
            long nextProbe = start;
            while (true) {
                long now = System.nanoTime();
                if (now - end >= 0) {
                    return Optional.empty();
                }
                if (sent < PROBES && now - nextProbe >= 0) {
                    if (Libc.sendto(fd, request, ARP_LENGTH, 0, broadcast, SOCKADDR_LL) != ARP_LENGTH) {
                        throw NetspecFailure.of("sending an ARP probe from " + ifName + " failed: " + Libc.describe(Libc.errno()));
                    }
                    sent++;
                    nextProbe = now + gap;
                }
                long until = sent < PROBES ? Math.min(nextProbe, end) : end;
                Probes.timeout(fd, Libc.SO_RCVTIMEO, Duration.ofNanos(Math.max(1_000, until - now)));
                long n = Libc.recv(fd, reply, reply.size(), 0);
                if (n < 0 && Libc.errno() != Libc.EAGAIN && Libc.errno() != Libc.EINTR) {
                    throw NetspecFailure.of("receiving ARP on " + ifName + " failed: " + Libc.describe(Libc.errno()));
                }
                byte[] arp = n >= ARP_LENGTH ? reply.getByteArray(0, ARP_LENGTH) : null;
                if (arp != null && conflicts(arp, mac, address.getAddress())) {
                    return Optional.of(new Answer(mac(Arrays.copyOfRange(arp, 8, 14)), Duration.ofNanos(System.nanoTime() - start), sent));
                }
            }
        } finally {
            Libc.close(fd);
        }
    }

    /**
     * RFC 5227, 2.1.1: an ARP packet from another MAC address whose sender address is the one probed for,
     * or another host's probe (sender 0.0.0.0) for it.
     */
    static boolean conflicts(byte[] arp, byte[] mac, byte[] address) {
        if ((arp[0] << 8 | arp[1] & 0xFF) != 1 || (arp[2] & 0xFF) != 8 || arp[3] != 0 || arp[4] != 6 || arp[5] != 4) {
            return false;
        }
        byte[] sender = Arrays.copyOfRange(arp, 8, 14);
        byte[] senderIp = Arrays.copyOfRange(arp, 14, 18);
        byte[] targetIp = Arrays.copyOfRange(arp, 24, 28);
        boolean request = arp[7] == 1 && arp[6] == 0;
        return !Arrays.equals(sender, mac) && (Arrays.equals(senderIp, address)
                || request && Arrays.equals(senderIp, new byte[4]) && Arrays.equals(targetIp, address));
    }

    /** The 28 bytes of an ARP probe: request, sender {@code mac} and 0.0.0.0, target MAC unknown, target {@code address}. */
    static Memory request(byte[] mac, byte[] address) {
        Memory arp = new Memory(ARP_LENGTH);
        arp.clear();
        arp.write(0, new byte[] {0, 1, 8, 0, 6, 4, 0, 1}, 0, 8);
        arp.write(8, mac, 0, 6);
        arp.write(24, address, 0, 4);
        return arp;
    }

    /** A sockaddr_ll for interface {@code index}, with a destination MAC address when sending. */
    private static Memory link(int index, byte[] to) {
        Memory sa = new Memory(SOCKADDR_LL);
        sa.clear();
        sa.setShort(0, (short) Libc.AF_PACKET);
        sa.setShort(2, Short.reverseBytes((short) Libc.ETH_P_ARP));
        sa.setInt(4, index);
        if (to != null) {
            sa.setShort(8, (short) 1);  // ARPHRD_ETHER
            sa.setByte(11, (byte) 6);
            sa.write(12, to, 0, 6);
        }
        return sa;
    }

    static String mac(byte[] mac) {
        StringBuilder s = new StringBuilder();
        for (byte b : mac) {
            s.append(s.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xFF));
        }
        return s.toString();
    }
}
