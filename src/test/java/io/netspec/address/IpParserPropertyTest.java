package io.netspec.address;

import com.google.common.net.InetAddresses;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.net.InetAddress;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class IpParserPropertyTest {

    @Property
    void everyValidDottedQuadRoundTrips(@ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
                                        @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        String text = a + "." + b + "." + c + "." + d;
        IpAddress address = IpAddress.parse(text);
        assertThat(address.toString()).isEqualTo(text);
        assertThat(address.low()).isEqualTo(((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d);
    }

    @Property
    void everyIpv6AddressRoundTripsThroughItsCanonicalText(@ForAll long high, @ForAll long low) {
        IpAddress address = IpAddress.ipv6(high, low);
        assertThat(IpAddress.parse(address.toString())).isEqualTo(address);
        assertThat(IpAddress.parse(address.toInetAddress().getHostAddress())).isEqualTo(address);
    }

    @Property(tries = 5000)
    void randomStringsRaiseNothingButTheParsersOwnError(@ForAll("addressLike") String text) {
        assertThatCode(() -> {
            try {
                IpAddress.parse(text);
            } catch (AddressFormatException e) {
                assertThat(e.rule()).isNotBlank();
                assertThat(e.getMessage()).startsWith("\"" + text + "\" is not an IP address: ");
            }
        }).doesNotThrowAnyException();
    }

    @Property(tries = 2000)
    void arbitraryUnicodeRaisesNothingButTheParsersOwnError(@ForAll String text) {
        assertThatCode(() -> {
            try {
                IpAddress.parse(text);
            } catch (AddressFormatException e) {
                assertThat(e.rule()).isNotBlank();
            }
        }).doesNotThrowAnyException();
    }

    /** Guava's parser, which never resolves names either, accepts exactly the same literals (zone ids aside). */
    @Property(tries = 10000)
    void acceptsExactlyWhatGuavaAccepts(@ForAll("addressLike") String text) {
        boolean guava = InetAddresses.isInetAddress(text);
        IpAddress ours = null;
        try {
            ours = IpAddress.parse(text);
        } catch (AddressFormatException e) {
            assertThat(guava).as("Guava accepts \"%s\", netspec says: %s", text, e.getMessage()).isFalse();
        }
        if (ours != null) {
            assertThat(guava).as("netspec accepts \"%s\" as %s, Guava does not", text, ours).isTrue();
            InetAddress theirs = InetAddresses.forString(text);
            byte[] expected = theirs.getAddress();
            byte[] bytes = ours.toBytes();
            if (expected.length == 4 && bytes.length == 16) {
                bytes = Arrays.copyOfRange(bytes, 12, 16);
            }
            assertThat(bytes).as(text).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<String> addressLike() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789abcdefABCDEFxg:.-/ ").ofMaxLength(20);
        Arbitrary<String> quads = Combinators.combine(part(), part(), part(), part())
                .as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
        Arbitrary<String> groups = Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(0).ofMaxLength(5)
                .list().ofMinSize(1).ofMaxSize(9).map(list -> String.join(":", list));
        Arbitrary<String> mixed = Combinators.combine(groups, quads).as((g, q) -> g + ":" + q);
        Arbitrary<String> dotted = Arbitraries.strings().withChars("0123456789.").ofMaxLength(17);
        return Arbitraries.oneOf(noise, quads, groups, mixed, dotted);
    }

    private static Arbitrary<String> part() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 300).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(4));
    }
}
