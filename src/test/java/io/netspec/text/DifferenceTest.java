package io.netspec.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DifferenceTest {
    @Test
    void namesTheOffsetOfTheFirstDifferingByte() {
        byte[] expected = new byte[44];
        byte[] actual = new byte[44];
        Arrays.fill(expected, (byte) 7);
        Arrays.fill(actual, (byte) 7);
        expected[43] = 1;
        actual[43] = 2;
        assertThat(Difference.firstDifference(expected, actual)).isEqualTo(43);
        assertThat(Difference.where(expected, actual))
                .isEqualTo("they first differ at byte offset 43 (counting from 0; 44 bytes expected, 44 got): expected 0x01, got 0x02");
    }

    @Test
    void saysWhenOneIsAPrefixOfTheOther() {
        byte[] longer = "hello\n".getBytes(StandardCharsets.US_ASCII);
        byte[] shorter = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(Difference.where(longer, shorter)).contains("first 5 bytes agree").contains("missing");
        assertThat(Difference.where(shorter, longer)).contains("first 5 bytes agree").contains("1 more byte(s)");
        assertThat(Difference.where(longer, longer.clone())).isEmpty();
        assertThat(Difference.firstDifference(longer, longer.clone())).isEqualTo(-1);
    }

    @Test
    void showsTheBytesAroundADifferenceBeyondThePreview() {
        byte[] expected = new byte[200];
        byte[] actual = new byte[200];
        actual[150] = 'x';
        String where = Difference.where(expected, actual);
        assertThat(where).contains("offset 150").contains("from offset 134").contains("x");
    }

    @Test
    void printsControlCharactersEscapedNeverRaw() {
        String shown = Difference.describe("hi\n".getBytes(StandardCharsets.UTF_8), "hi\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(shown).doesNotContain("\n").doesNotContain("\r").contains("\\r\\n").contains("offset 2");
        assertThat(Difference.quote("a\tb\u0001")).isEqualTo("\"a\\tb\\x01\"");
    }
}
