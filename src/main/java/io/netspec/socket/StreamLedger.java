package io.netspec.socket;

import io.netspec.core.NetspecFailure;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What travelled one way on a stream: how many bytes, their running digest ({@link StreamCheck}), the
 * first bytes (for messages) and the size of every read. Written by one thread; read from any.
 */
final class StreamLedger {
    static final int KEPT_READ_SIZES = 100_000;

    private final int headLimit;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final List<Integer> readSizes = new ArrayList<>();
    private volatile RunningCheck check;
    private volatile long count;
    private int readMark;
    private volatile boolean headFull;

    /** A ledger digesting with {@code check} that keeps the first {@code headLimit} bytes. */
    StreamLedger(StreamCheck check, int headLimit) {
        this.check = check.start();
        this.headLimit = headLimit;
    }

    /** Digests with {@code kind} from now on; only before the first byte. */
    void checkWith(StreamCheck kind) {
        check = kind.start();
    }

    /**
     * Switches both ledgers of a client to {@code check}; false if they already use it. Only before the
     * first byte: later, the digests would cover part of the stream.
     */
    static boolean checkBothWith(StreamLedger sent, StreamLedger received, StreamCheck check, String owner) {
        if (check == sent.kind()) {
            return false;
        }
        if (sent.count() > 0 || received.count() > 0) {
            throw NetspecFailure.of(owner + " already checked " + (sent.count() + received.count())
                    + " bytes with " + sent.kind() + "; choose " + check + " before the first byte");
        }
        sent.checkWith(check);
        received.checkWith(check);
        return true;
    }

    StreamCheck kind() {
        return check.kind();
    }

    /** Counts, digests and keeps the head of {@code bytes[offset, offset + n)}. */
    void add(byte[] bytes, int offset, int n) {
        check.update(bytes, offset, n);
        if (!headFull) {
            keep(ByteBuffer.wrap(bytes, offset, n));
        }
        count += n;
    }

    /** One read of {@code n} bytes into {@code bytes}: counted, digested, kept and its size noted. */
    void read(byte[] bytes, int n) {
        noteRead(n);
        add(bytes, 0, n);
    }

    /** One read: the remaining bytes of {@code data} (a direct or heap buffer), whose position stays. */
    void read(ByteBuffer data) {
        int n = data.remaining();
        noteRead(n);
        if (!headFull) {
            keep(data.duplicate());
        }
        check.update(data.duplicate());
        count += n;
    }

    private synchronized void noteRead(int n) {
        if (readSizes.size() < KEPT_READ_SIZES) {
            readSizes.add(n);
        }
    }

    private synchronized void keep(ByteBuffer data) {
        if (head.size() < headLimit) {
            byte[] first = new byte[Math.min(data.remaining(), headLimit - head.size())];
            data.get(first);
            head.writeBytes(first);
        }
        headFull = head.size() >= headLimit;
    }

    long count() {
        return count;
    }

    /** The digest of every byte so far; fails for {@link StreamCheck#NONE}, which keeps none. */
    RunningCheck.Digest digest() {
        return check.digest();
    }

    synchronized byte[] head() {
        return head.toByteArray();
    }

    synchronized List<Integer> readSizes() {
        return List.copyOf(readSizes);
    }

    /** The reads since the previous call (the first call: all of them). */
    synchronized List<Integer> readsSinceMark() {
        List<Integer> since = List.copyOf(readSizes.subList(Math.min(readMark, readSizes.size()), readSizes.size()));
        readMark = readSizes.size();
        return since;
    }
}
