package io.netspec.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadTest {
    @Test
    void unescapesTheEscapesTheScenarioLanguageDefines() {
        assertThat(Payload.unescape("ping\\r\\n\\t\\\\\\\"x\\x00\\xff"))
                .containsExactly('p', 'i', 'n', 'g', '\r', '\n', '\t', '\\', '"', 'x', 0x00, (byte) 0xff);
    }

    @Test
    void keepsNonAsciiTextAsUtf8() {
        assertThat(Payload.unescape("héllo")).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsUnknownEscapesNamingTheInput() {
        assertThatThrownBy(() -> Payload.unescape("a\\qb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"a\\qb\"").hasMessageContaining("\\q").hasMessageContaining("\\xNN");
    }

    @Test
    void rejectsShortOrNonHexByteEscapes() {
        assertThatThrownBy(() -> Payload.unescape("\\x4")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> Payload.unescape("\\xzz")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> Payload.unescape("end\\")).hasMessageContaining("lone backslash");
    }

    @Test
    void describesBytesAsTextAndHex() {
        assertThat(Payload.describe("hel".getBytes(StandardCharsets.US_ASCII))).isEqualTo("\"hel\" (68 65 6c)");
        assertThat(Payload.describe(new byte[] {'a', '\n', (byte) 0xff})).isEqualTo("\"a\\n\\xff\" (61 0a ff)");
    }

    @Test
    void printableOutputUnescapesBackToTheSameBytes() {
        byte[] bytes = {0, 1, '"', '\\', 'z', (byte) 0x80, (byte) 0xfe, '\r'};
        assertThat(Payload.unescape(Payload.printable(bytes))).isEqualTo(bytes);
    }

    @Test
    void shortensLongPayloads() {
        byte[] big = new byte[1000];
        String shown = Payload.describe(big);
        assertThat(shown).contains("1000 bytes in all").hasSizeLessThan(600);
    }
}
