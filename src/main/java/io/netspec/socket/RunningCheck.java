package io.netspec.socket;

import io.netspec.core.NetspecFailure;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/** A running digest over a byte stream (see {@link StreamCheck}), readable at any point without disturbing it. */
public final class RunningCheck {
    private final StreamCheck kind;
    private final MessageDigest sha;
    private final CRC32C crc;

    RunningCheck(StreamCheck kind) {
        this.kind = kind;
        this.sha = kind == StreamCheck.SHA_256 ? newSha256() : null;
        this.crc = kind == StreamCheck.CRC32C ? new CRC32C() : null;
    }

    public StreamCheck kind() {
        return kind;
    }

    public synchronized void update(byte[] bytes, int offset, int length) {
        if (sha != null) {
            sha.update(bytes, offset, length);
        } else if (crc != null) {
            crc.update(bytes, offset, length);
        }
    }

    /** Reads the buffer's remaining bytes (its position moves to its limit). */
    public synchronized void update(ByteBuffer buffer) {
        if (sha != null) {
            sha.update(buffer);
        } else if (crc != null) {
            crc.update(buffer);
        } else {
            buffer.position(buffer.limit());
        }
    }

    /** The digest of everything so far; fails for {@link StreamCheck#NONE}, which keeps none. */
    public synchronized Digest digest() {
        if (sha != null) {
            try {
                return new Digest(kind, HexFormat.of().formatHex(((MessageDigest) sha.clone()).digest()));
            } catch (CloneNotSupportedException e) {
                throw NetspecFailure.of("the SHA-256 implementation cannot be copied", e);
            }
        }
        if (crc != null) {
            return new Digest(kind, String.format("%08x", crc.getValue()));
        }
        throw NetspecFailure.of("counting only (a benchmark mode): no digest of the bytes was kept");
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw NetspecFailure.of("this JVM has no SHA-256", e);
        }
    }

    /** A digest value and its kind: "SHA-256 9f86d0…" or "CRC32C 1a2b3c4d". */
    public record Digest(StreamCheck kind, String hex) {
        @Override
        public String toString() {
            return kind.label() + " " + hex;
        }
    }
}
