package io.netspec.address;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressClassTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A | 126     | 16777214 | 1.0.0.1   | 126.255.255.254 | 255.0.0.0
            B | 16384   | 65534    | 128.0.0.1 | 191.255.255.254 | 255.255.0.0
            C | 2097152 | 254      | 192.0.0.1 | 223.255.255.254 | 255.255.255.0
            """)
    void sizesFollowFromBitWidths(String letter, long networks, long hosts, String first, String last, String mask) {
        AddressClass c = AddressClass.named(letter);
        assertThat(c.networks()).isEqualTo(networks);
        assertThat(c.hostsPerNetwork()).isEqualTo(hosts).isNotEqualTo(1_677_214L);
        assertThat(c.firstHost()).hasToString(first);
        assertThat(c.lastHost()).hasToString(last);
        assertThat(c.defaultMask()).hasToString(mask);
    }

    @Test
    void leadingBitsDecideTheClass() {
        for (int octet = 0; octet < 256; octet++) {
            AddressClass c = AddressClass.ofFirstOctet(octet);
            String bits = String.format("%8s", Integer.toBinaryString(octet)).replace(' ', '0');
            assertThat(bits).as("octet %d is class %s", octet, c).startsWith(c.leadingBits());
        }
    }

    @Test
    void splitsNetworkAndHostParts() {
        IpAddress address = IpAddress.parse("192.168.1.20");
        assertThat(AddressClass.C.networkPart(address)).isEqualTo("192.168.1");
        assertThat(AddressClass.C.hostPart(address)).isEqualTo("20");
        assertThat(AddressClass.A.networkPart(IpAddress.parse("10.1.2.3"))).isEqualTo("10");
        assertThat(AddressClass.B.hostPart(IpAddress.parse("172.16.5.4"))).isEqualTo("5.4");
    }

    @Test
    void classesDAndEHaveNoNetworksOrHosts() {
        assertThat(AddressClass.D.isMulticast()).isTrue();
        assertThat(AddressClass.E.isReservedForFutureUse()).isTrue();
        assertThat(AddressClass.D.firstAddress()).hasToString("224.0.0.0");
        assertThat(AddressClass.E.lastAddress()).hasToString("255.255.255.255");
        assertThatThrownBy(AddressClass.D::networks).hasMessageContaining("class D (224.0.0.0 to 239.255.255.255) is multicast");
        assertThatThrownBy(() -> AddressClass.named("F")).hasMessageContaining("expected A, B, C, D or E");
        assertThatThrownBy(() -> AddressClass.of(IpAddress.parse("::1"))).hasMessageContaining("no address class");
    }
}
