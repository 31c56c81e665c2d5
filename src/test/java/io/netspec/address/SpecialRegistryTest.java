package io.netspec.address;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecialRegistryTest {
    private final SpecialRegistry registry = SpecialRegistry.iana();

    @Test
    void shipsBothRegistriesWithTheirDates() {
        assertThat(registry.ipv4RegistryDate()).contains("2009-08-19").contains("2025-10-09");
        assertThat(registry.ipv6RegistryDate()).contains("2006-01-10").contains("2025-10-09");
        assertThat(registry.ipv4MulticastRegistryDate()).contains("2026-06-26");
        assertThat(registry.ipv4Blocks()).hasSize(26);
        assertThat(registry.ipv6Blocks()).hasSize(25);
        assertThat(registry.ipv4MulticastBlocks()).hasSize(15);
    }

    @Test
    void keepsEveryColumn() {
        SpecialBlock shared = block(registry.ipv4Blocks(), "100.64.0.0/10");
        assertThat(shared).isEqualTo(new SpecialBlock(Cidr.parse("100.64.0.0/10"), "100.64.0.0/10", "Shared Address Space",
                "[RFC6598]", "2012-04", "N/A", "True", "True", "True", "False", "False", shared.registry()));
        SpecialBlock loopback = block(registry.ipv4Blocks(), "127.0.0.0/8");
        assertThat(loopback.source()).isEqualTo("False [1]");
        assertThat(loopback.sourceValue()).isFalse();
        assertThat(loopback.reservedByProtocolValue()).isTrue();
        SpecialBlock teredo = block(registry.ipv6Blocks(), "2001::/32");
        assertThat(teredo.globallyReachable()).isEqualTo("N/A [2]");
        assertThat(teredo.globallyReachableValue()).isNull();
    }

    @Test
    void keepsTerminatedRowsWithEmptyBooleansAndNoFootnoteMark() {
        for (SpecialBlock terminated : List.of(block(registry.ipv4Blocks(), "192.88.99.0/24"),
                block(registry.ipv6Blocks(), "2001:10::/28"))) {
            assertThat(terminated.addressBlock()).as(terminated.toString()).isEqualTo(terminated.cidr().toString());
            assertThat(terminated.terminationDate()).as(terminated.toString()).matches("\\d{4}-\\d{2}");
            assertThat(List.of(terminated.source(), terminated.destination(), terminated.forwardable(),
                    terminated.globallyReachable(), terminated.reservedByProtocol())).as(terminated.toString())
                    .containsOnly("");
        }
        assertThat(block(registry.ipv4Blocks(), "255.255.255.255/32").rfc()).isEqualTo("[RFC8190] [RFC919], Section 7");
    }

    @Test
    void splitsARowWithTwoBlocks() {
        SpecialBlock a = block(registry.ipv4Blocks(), "192.0.0.170/32");
        SpecialBlock b = block(registry.ipv4Blocks(), "192.0.0.171/32");
        assertThat(a.addressBlock()).isEqualTo("192.0.0.170/32, 192.0.0.171/32").isEqualTo(b.addressBlock());
        assertThat(a.name()).isEqualTo("NAT64/DNS64 Discovery");
    }

    @Test
    void everyBlockIsUniqueAndEveryBooleanReadable() {
        Set<Cidr> seen = new HashSet<>();
        for (List<SpecialBlock> blocks : List.of(registry.ipv4Blocks(), registry.ipv6Blocks())) {
            for (SpecialBlock block : blocks) {
                assertThat(seen.add(block.cidr())).as("duplicate %s", block).isTrue();
                block.sourceValue();
                block.destinationValue();
                block.forwardableValue();
                block.globallyReachableValue();
                block.reservedByProtocolValue();
                assertThat(block.name()).isNotBlank();
                assertThat(block.rfc()).startsWith("[");
                assertThat(block.allocationDate()).matches("\\d{4}-\\d{2}");
            }
        }
    }

    @Test
    void multicastBlocksCoverAll224Slash4WithoutGaps() {
        long next = 0xE000_0000L;
        for (MulticastBlock block : registry.ipv4MulticastBlocks()) {
            assertThat(block.first().low()).as(block.toString()).isEqualTo(next);
            next = block.last().low() + 1;
        }
        assertThat(next).isEqualTo(0xF000_0000L);
    }

    @Test
    void findsTheMostSpecificBlock() {
        assertThat(registry.mostSpecific(IpAddress.parse("192.0.0.9")).cidr()).isEqualTo(Cidr.parse("192.0.0.9/32"));
        assertThat(registry.mostSpecific(IpAddress.parse("192.0.0.200")).cidr()).isEqualTo(Cidr.parse("192.0.0.0/24"));
        assertThat(registry.mostSpecific(IpAddress.parse("2001:1::3")).name())
                .isEqualTo("DNS-SD Service Registration Protocol Anycast");
        assertThat(registry.mostSpecific(IpAddress.parse("8.8.8.8"))).isNull();
        assertThat(registry.multicastBlock(IpAddress.parse("224.0.0.251")).designation())
                .isEqualTo("Local Network Control Block");
        assertThat(registry.multicastBlock(IpAddress.parse("239.1.1.1")).designation())
                .isEqualTo("Organization-Local Scope");
    }

    @Test
    void readsBooleanCells() {
        assertThat(SpecialBlock.bool("True")).isTrue();
        assertThat(SpecialBlock.bool("False [4]")).isFalse();
        assertThat(SpecialBlock.bool("N/A [3]")).isNull();
        assertThat(SpecialBlock.bool("")).isNull();
        assertThatThrownBy(() -> SpecialBlock.bool("maybe")).hasMessageContaining("\"maybe\"");
    }

    private static SpecialBlock block(List<SpecialBlock> blocks, String cidr) {
        return blocks.stream().filter(b -> b.cidr().equals(Cidr.parse(cidr))).findFirst().orElseThrow();
    }
}
