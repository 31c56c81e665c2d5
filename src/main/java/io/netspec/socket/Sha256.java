package io.netspec.socket;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A running SHA-256 over a byte stream, readable at any point without disturbing it. */
public final class Sha256 {
    private final MessageDigest digest = newDigest();

    public synchronized void update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
    }

    public synchronized void update(java.nio.ByteBuffer buffer) {
        digest.update(buffer);
    }

    /** The hash of everything so far, as lower-case hex. */
    public synchronized String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be copied", e);
        }
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
