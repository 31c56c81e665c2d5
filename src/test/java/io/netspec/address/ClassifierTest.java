package io.netspec.address;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierTest {
    private final AddressClassifier classifier = AddressClassifier.iana();

    @Test
    void classifiesAPrivateAddress() {
        Classification c = classifier.classify("192.168.1.20");
        assertThat(c.addressClass()).isEqualTo(AddressClass.C);
        assertThat(c.traits()).containsExactly(Trait.PRIVATE);
        assertThat(c.globallyReachable()).isFalse();
        assertThat(c.block().name()).isEqualTo("Private-Use");
        assertThat(c.describe()).isEqualTo("IPv4 address 192.168.1.20; class C (unicast: 24 network bits, 8 host bits);"
                + " private; not globally reachable; in special-purpose block 192.168.0.0/16 \"Private-Use\" [RFC1918]");
    }

    @Test
    void limitedBroadcastIsAlsoInTheReservedBlock() {
        Classification c = classifier.classify("255.255.255.255");
        assertThat(c.traits()).containsExactlyInAnyOrder(Trait.RESERVED, Trait.LIMITED_BROADCAST);
        assertThat(c.block().cidr()).isEqualTo(Cidr.parse("255.255.255.255/32"));
    }

    @Test
    void notApplicableReachabilityDefersToTheLargerBlock() {
        assertThat(classifier.classify("2001::1").globallyReachable()).as("Teredo inside 2001::/23").isFalse();
        assertThat(classifier.classify("2002::1").globallyReachable()).as("6to4, in no larger block").isTrue();
        assertThat(classifier.classify("2001:10::1").globallyReachable()).as("deprecated ORCHID").isFalse();
    }

    @Test
    void multicastIsNeverGloballyReachableAndNamesItsBlock() {
        Classification c = classifier.classify("224.0.0.251");
        assertThat(c.isMulticast()).isTrue();
        assertThat(c.globallyReachable()).isFalse();
        assertThat(c.multicastBlock().designation()).isEqualTo("Local Network Control Block");
        assertThat(classifier.classify("ff0e::1").describe()).contains("multicast scope e (global)");
    }

    @Test
    void mappedAddressesAreClassifiedAsIpv6() {
        Classification c = classifier.classify("::ffff:10.0.0.1");
        assertThat(c.addressClass()).isNull();
        assertThat(c.isPrivate()).isFalse();
        assertThat(c.block().name()).isEqualTo("IPv4-mapped Address");
    }

    @Test
    void tableCollectsEveryMismatchNamingRowAndColumn() {
        ClassificationTable table = new ClassificationTable(classifier);
        List<String> mismatches = table.mismatches(List.of(
                Map.of("address", "10.0.0.1", "private", "yes", "global", "yes"),
                Map.of("address", "8.8.8.8", "private", "yes", "global", "yes"),
                Map.of("address", "010.0.0.1", "private", "no", "global", "no"),
                Map.of("address", "2001:db8::1", "private", "no", "global", "no")));
        assertThat(mismatches).hasSize(3);
        assertThat(mismatches.get(0)).startsWith("row 1 (10.0.0.1): global expected yes but was no");
        assertThat(mismatches.get(1)).startsWith("row 2 (8.8.8.8): private expected yes but was no");
        assertThat(mismatches.get(2)).startsWith("row 3 (010.0.0.1): \"010.0.0.1\" is not an IP address: part \"010\"");
    }

    @Test
    void tableComparesBlocksAsNetworksAndDashAsNone() {
        ClassificationTable table = new ClassificationTable(classifier);
        assertThat(table.mismatches(List.of(
                Map.of("address", "2001:db8::1", "block", "2001:0DB8::/32", "class", "-"),
                Map.of("address", "8.8.8.8", "block", "-", "class", "a")))).isEmpty();
        assertThat(table.mismatches(List.of(Map.of("address", "10.1.1.1", "block", "10.0.0.0/16"))))
                .singleElement().asString().startsWith("row 1 (10.1.1.1): block expected 10.0.0.0/16 but was 10.0.0.0/8");
        assertThat(table.mismatches(List.of(Map.of("address", "10.1.1.1", "block", "10.1.0.0/8"))))
                .singleElement().asString().contains("10.1.0.0/8 has host bits set");
    }

    @Test
    void tableRefusesUnknownColumnsAndBadValues() {
        ClassificationTable table = new ClassificationTable(classifier);
        assertThatThrownBy(() -> table.mismatches(List.of(Map.of("address", "1.1.1.1", "colour", "blue"))))
                .hasMessageContaining("unknown column \"colour\"");
        assertThatThrownBy(() -> table.mismatches(List.of(Map.of("ip", "1.1.1.1"))))
                .hasMessageContaining("needs an \"address\" column");
        assertThat(table.mismatches(List.of(Map.of("address", "1.1.1.1", "private", "maybe"))))
                .singleElement().asString().contains("takes yes or no");
    }
}
