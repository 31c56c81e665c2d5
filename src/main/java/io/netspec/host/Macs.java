package io.netspec.host;

import com.sun.jna.Pointer;

import java.nio.ByteOrder;

/**
 * The two MAC addresses at the head of an Ethernet frame in native memory, each as a number (the six
 * octets in order, most significant first), read with two loads and no copy, so any of the switch's
 * threads can read them without a buffer of its own; and what the group bit of an address says.
 */
final class Macs {
    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    private static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

    private Macs() {
    }

    /** The destination address: octets 0 to 5. */
    static long destination(Pointer frame) {
        return first8(frame) >>> 16;
    }

    /** The source address: octets 6 to 11. */
    static long source(Pointer frame) {
        int last4 = frame.getInt(8);
        return ((first8(frame) & 0xFFFF) << 32) | ((LITTLE ? Integer.reverseBytes(last4) : last4) & 0xFFFF_FFFFL);
    }

    private static long first8(Pointer frame) {
        long first8 = frame.getLong(0);
        return LITTLE ? Long.reverseBytes(first8) : first8;
    }

    /** A group address (multicast or broadcast): the lowest bit of its first octet is set. */
    static boolean group(long mac) {
        return (mac & (1L << 40)) != 0;
    }

    /** A multicast address other than broadcast. */
    static boolean toGroup(long mac) {
        return group(mac) && mac != BROADCAST;
    }
}
