package io.netspec.socket;

import io.netspec.core.ScenarioError;
import io.netspec.text.Size;

import java.nio.ByteBuffer;

/**
 * The datagrams netspec counts: a 4-byte magic "nsdg", an 8-byte sequence number, the 4-byte size the
 * sender meant, then filler bytes derived from the sequence number. A receiver can tell a datagram
 * that arrived whole from one that was cut, merged or corrupted.
 */
public final class NumberedDatagram {
    public static final int HEADER = 16;
    /** The largest UDP payload over IPv4: 65,535 - 20 (IP header) - 8 (UDP header). */
    public static final int MAX_SIZE = 65_507;
    /**
     * The largest datagram a phrase makes netspec hold (to show that a datagram too large cannot be sent):
     * any size beyond the 65,507 a datagram carries shows the same refusal.
     */
    public static final Size LARGEST = new Size(1024 * 1024);
    private static final int MAGIC = 0x6e736467; // "nsdg"

    private NumberedDatagram() {
    }

    public static byte[] encode(long sequence, int size) {
        if (size < HEADER || size > MAX_SIZE) {
            throw ScenarioError.of("a numbered datagram is " + HEADER + " to " + MAX_SIZE
                    + " bytes, but " + size + " bytes were asked for");
        }
        byte[] bytes = new byte[size];
        ByteBuffer.wrap(bytes).putInt(MAGIC).putLong(sequence).putInt(size);
        for (int i = HEADER; i < size; i++) {
            bytes[i] = filler(sequence, i);
        }
        return bytes;
    }

    /** What a receiver makes of a datagram. */
    public record Reading(boolean numbered, long sequence, int declaredSize, boolean whole) {
    }

    public static Reading read(byte[] bytes, int length) {
        if (length < HEADER) {
            return new Reading(false, -1, -1, false);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
        if (b.getInt() != MAGIC) {
            return new Reading(false, -1, -1, false);
        }
        long sequence = b.getLong();
        int declared = b.getInt();
        boolean whole = declared == length;
        for (int i = HEADER; whole && i < length; i++) {
            whole = bytes[i] == filler(sequence, i);
        }
        return new Reading(true, sequence, declared, whole);
    }

    private static byte filler(long sequence, int index) {
        return (byte) (sequence * 31 + index);
    }
}
