package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamCheckTest {
    private static final byte[] CHECK_INPUT = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void knownValues() {
        // The check values published with each algorithm (CRC-32C: RFC 3720, B.4 and the Castagnoli catalogue).
        assertThat(digestOf(StreamCheck.CRC32C, CHECK_INPUT).hex()).isEqualTo("e3069283");
        assertThat(digestOf(StreamCheck.SHA_256, "abc".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(digestOf(StreamCheck.CRC32C, new byte[32]).hex()).isEqualTo("8a9136aa");
        assertThat(digestOf(StreamCheck.CRC32C, CHECK_INPUT)).hasToString("CRC32C e3069283");
    }

    @Test
    void piecesGiveTheDigestOfTheWholeAndReadingItDisturbsNothing() {
        byte[] data = new byte[1_000_003];
        new SplittableRandom(4).nextBytes(data);
        for (StreamCheck check : new StreamCheck[] {StreamCheck.SHA_256, StreamCheck.CRC32C}) {
            RunningCheck running = check.start();
            running.update(data, 0, 10);
            running.digest();
            ByteBuffer direct = ByteBuffer.allocateDirect(500_000);
            direct.put(data, 10, 500_000).flip();
            running.update(direct);
            assertThat(direct.hasRemaining()).isFalse();
            running.update(data, 500_010, data.length - 500_010);
            assertThat(running.digest()).as(check.label()).isEqualTo(digestOf(check, data));
        }
    }

    @Test
    void oneChangedBitChangesTheDigest() {
        byte[] data = new byte[65_536];
        new SplittableRandom(9).nextBytes(data);
        for (StreamCheck check : new StreamCheck[] {StreamCheck.SHA_256, StreamCheck.CRC32C}) {
            RunningCheck.Digest before = digestOf(check, data);
            for (int bit : new int[] {0, 7, 1000, 65_535 * 8 + 7}) {
                byte[] changed = data.clone();
                changed[bit / 8] ^= (byte) (1 << (bit % 8));
                assertThat(digestOf(check, changed)).as("%s, bit %d", check, bit).isNotEqualTo(before);
            }
        }
    }

    @Test
    void namesAsAScenarioWritesThem() {
        assertThat(StreamCheck.named("SHA-256")).isEqualTo(StreamCheck.SHA_256);
        assertThat(StreamCheck.named("crc32c")).isEqualTo(StreamCheck.CRC32C);
        assertThatThrownBy(() -> StreamCheck.named("MD5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown stream check \"MD5\": expected one of SHA-256, CRC32C");
        assertThatThrownBy(() -> StreamCheck.named("no check")).hasMessageContaining("expected one of SHA-256, CRC32C");
    }

    @Test
    void countingOnlyKeepsNoDigest() {
        RunningCheck none = StreamCheck.NONE.start();
        none.update(CHECK_INPUT, 0, CHECK_INPUT.length);
        assertThatThrownBy(none::digest).hasMessageContaining("counting only");
    }

    private static RunningCheck.Digest digestOf(StreamCheck check, byte[] bytes) {
        RunningCheck running = check.start();
        running.update(bytes, 0, bytes.length);
        return running.digest();
    }
}
