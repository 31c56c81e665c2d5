package io.netspec.socket;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.random.RandomGenerator;

/**
 * Seeded random bytes, fast: every 8 bytes are one {@code nextLong()} of the generator, little-endian
 * (the last few bytes: the low bytes of one more), so the same seed gives the same bytes and nothing
 * repeats; several times faster than {@code nextBytes}, which hands out a long one byte at a time.
 */
public final class RandomBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private RandomBytes() {
    }

    /** Fills the first {@code n} bytes of {@code chunk} from {@code random}. */
    public static void fill(byte[] chunk, int n, RandomGenerator random) {
        int whole = n & ~7;
        for (int i = 0; i < whole; i += 8) {
            LONGS.set(chunk, i, random.nextLong());
        }
        if (whole < n) {
            long last = random.nextLong();
            for (int i = whole; i < n; i++, last >>>= 8) {
                chunk[i] = (byte) last;
            }
        }
    }
}
