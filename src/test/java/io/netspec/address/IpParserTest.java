package io.netspec.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0          | 0
            1.2.3.4          | 16909060
            10.0.0.1         | 167772161
            255.255.255.255  | 4294967295
            192.168.1.20     | 3232235796
            """)
    void parsesDottedQuads(String text, long value) {
        IpAddress address = IpAddress.parse(text);
        assertThat(address.isIpv4()).isTrue();
        assertThat(address.low()).isEqualTo(value);
        assertThat(address.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ::                                      | ::                    | 0                  | 0
            ::1                                     | ::1                   | 0                  | 1
            1::                                     | 1::                   | 281474976710656    | 0
            2001:db8::1                             | 2001:db8::1           | 2306139568115548160 | 1
            2001:DB8:0:0:0:0:0:1                    | 2001:db8::1           | 2306139568115548160 | 1
            2001:0db8:0000:0000:0000:0000:0000:0001 | 2001:db8::1           | 2306139568115548160 | 1
            1:2:3:4:5:6:7::                         | 1:2:3:4:5:6:7:0       | 281483566841860    | 1407400653815808
            ::2:3:4:5:6:7:8                         | 0:2:3:4:5:6:7:8       | 8590131204         | 1407400653815816
            1:0:0:2::3                              | 1:0:0:2::3            | 281474976710658    | 3
            ::ffff:1.2.3.4                          | ::ffff:1.2.3.4        | 0                  | 281470698652420
            64:ff9b::192.0.2.33                     | 64:ff9b::c000:221     | 28428538856079360  | 3221226017
            """)
    void parsesIpv6(String text, String canonical, long high, long low) {
        IpAddress address = IpAddress.parse(text);
        assertThat(address.isIpv6()).isTrue();
        assertThat(address.high()).as("high").isEqualTo(high);
        assertThat(address.low()).as("low").isEqualTo(low);
        assertThat(address.toString()).isEqualTo(canonical);
    }

    @Test
    void describesIpv4MappedAddresses() {
        IpAddress address = IpAddress.parse("::ffff:192.168.1.20");
        assertThat(address.isIpv4Mapped()).isTrue();
        assertThat(address.mappedIpv4()).isEqualTo(IpAddress.parse("192.168.1.20"));
        assertThat(address.describe()).isEqualTo(
                "IPv6 address ::ffff:192.168.1.20, an IPv4-mapped IPv6 address for 192.168.1.20");
        assertThat(IpAddress.parse("::ffff:c0a8:114")).isEqualTo(address);
    }

    @Test
    void keepsZoneIds() {
        IpAddress address = IpAddress.parse("fe80::1%eth0");
        assertThat(address.zone()).isEqualTo("eth0");
        assertThat(address.toString()).isEqualTo("fe80::1%eth0");
        assertThat(address.describe()).contains("in zone (scope) \"eth0\"");
        assertThat(address).isNotEqualTo(IpAddress.parse("fe80::1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            010.1.1.1        | part "010" has a leading zero (some systems read it as octal)
            192.168.000.001  | part "000" has a leading zero
            00.1.1.1         | part "00" has a leading zero
            1.2.3            | it has 3 parts; an IPv4 address has exactly 4 (shorthand such as "1.2.3" is not accepted)
            1.2.3.4.5        | it has 5 parts; an IPv4 address has exactly 4
            0x7f.0.0.1       | part "0x7f" is hexadecimal
            1.2.-3.4         | part "-3" is negative
            1.+2.3.4         | part "+2" has a sign
            256.0.0.1        | part "256" is over 255
            1.2.3.99999999999 | part "99999999999" is over 255
            1.2.3.4.         | it ends with a dot
            .1.2.3           | it starts with a dot
            1..3.4           | it has an empty part between two dots
            localhost        | it looks like a host name
            www.example.com  | never looks names up in DNS
            10.0.0.0/8       | it has a prefix length ("/8"); an address is expected here, not a network
            1.2.3.4%eth0     | a zone id ("%eth0") belongs only to an IPv6 address
            1::2::3          | it has two "::"
            1:::3            | it has ":::"
            1:2:3:4:5:6:7:8:9 | it has 9 groups; an IPv6 address has at most 8
            1:2:3:4:5:6:7    | it has 7 groups and no "::"
            1:2:3:4::5:6:7:8 | it has 8 groups and a "::", which must stand for at least one zero group
            12345::          | group "12345" has more than four hex digits
            abcg::1          | group "abcg" is not hexadecimal
            :1::             | it starts with a single ":"
            1::2:            | it ends with a single ":"
            ::ffff:1.2.3     | its embedded IPv4 part "1.2.3" is malformed: it has 3 parts
            ::ffff:1.2.3.04  | its embedded IPv4 part "1.2.3.04" is malformed: part "04" has a leading zero
            1.2.3.4::        | its embedded IPv4 part "1.2.3.4" is not at the end
            [::1]            | it is in brackets
            fe80::1%         | the zone id after "%" is empty
            fe80::1%a%b      | the zone id "a%b" may contain only
            ::1/128          | it has a prefix length ("/128")
            """)
    void rejectsWithTheRuleBroken(String text, String rule) {
        assertThatThrownBy(() -> IpAddress.parse(text))
                .isInstanceOf(AddressFormatException.class)
                .hasMessageStartingWith("\"" + text + "\" is not an IP address: ")
                .hasMessageContaining(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " 1.2.3.4", "1.2.3.4 ", "\t::1", "1.2.3.4\n", "1.2. 3.4", "\u00a01.2.3.4"})
    void rejectsEmptyInputAndWhitespace(String text) {
        assertThatThrownBy(() -> IpAddress.parse(text))
                .isInstanceOf(AddressFormatException.class)
                .satisfies(e -> assertThat(((AddressFormatException) e).rule())
                        .matches("it is empty|it is only whitespace|it has whitespace around it.*|it contains whitespace"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> IpAddress.parse(null)).isInstanceOf(AddressFormatException.class)
                .hasMessageContaining("no text was given");
    }

    @Test
    void roundTripsBytesThroughTheJdkWithoutLookups() throws Exception {
        IpAddress address = IpAddress.parse("2001:db8::ff00:42:8329");
        assertThat(address.toInetAddress().getHostAddress()).isEqualTo("2001:db8:0:0:0:ff00:42:8329");
        assertThat(IpAddress.parse("10.1.2.3").toInetAddress().getAddress()).containsExactly(10, 1, 2, 3);
    }
}
