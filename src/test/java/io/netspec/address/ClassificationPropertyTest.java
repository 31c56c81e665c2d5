package io.netspec.address;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier's prefix tables agree with a plain reading of the registry data: scan every
 * block, keep the longest that contains the address, and read its columns.
 */
class ClassificationPropertyTest {
    private final SpecialRegistry registry = SpecialRegistry.iana();
    private final AddressClassifier classifier = new AddressClassifier(registry);

    @Property(tries = 3000)
    void agreesWithTheRegistryInsideAndJustOutsideEveryBlock(@ForAll("nearBlocks") IpAddress address) {
        Classification found = classifier.classify(address);
        SpecialBlock expected = mostSpecificByScan(address);
        assertThat(found.block()).as("block of %s", address).isEqualTo(expected);
        assertThat(found.globallyReachable()).as("global of %s", address).isEqualTo(reachableByScan(address));
        assertThat(found.isPrivate()).as("private of %s", address).isEqualTo(inAny(address, "10.0.0.0/8",
                "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"));
        assertThat(found.isLoopback()).as("loopback of %s", address).isEqualTo(inAny(address, "127.0.0.0/8", "::1/128"));
        assertThat(found.isMulticast()).as("multicast of %s", address).isEqualTo(inAny(address, "224.0.0.0/4", "ff00::/8"));
        if (address.isIpv4()) {
            assertThat(found.addressClass()).isEqualTo(AddressClass.of(address));
        } else {
            assertThat(found.addressClass()).isNull();
        }
    }

    @Property(tries = 3000)
    void agreesWithTheRegistryForAnyAddress(@ForAll long high, @ForAll long low, @ForAll boolean v4) {
        IpAddress address = v4 ? IpAddress.ipv4(low & 0xFFFF_FFFFL) : IpAddress.ipv6(high, low);
        Classification found = classifier.classify(address);
        assertThat(found.block()).isEqualTo(mostSpecificByScan(address));
        assertThat(found.globallyReachable()).isEqualTo(reachableByScan(address));
    }

    @Provide
    Arbitrary<IpAddress> nearBlocks() {
        List<Arbitrary<IpAddress>> choices = new ArrayList<>();
        List<SpecialBlock> blocks = new ArrayList<>(registry.ipv4Blocks());
        blocks.addAll(registry.ipv6Blocks());
        for (SpecialBlock block : blocks) {
            Cidr cidr = block.cidr();
            IpAddress first = cidr.first();
            IpAddress last = cidr.last();
            choices.add(Arbitraries.of(first, last));
            choices.add(Arbitraries.longs().map(bits -> inside(cidr, bits)));
            offset(first, -1, choices);
            offset(last, 1, choices);
        }
        return Arbitraries.oneOf(choices);
    }

    private static void offset(IpAddress address, int by, List<Arbitrary<IpAddress>> choices) {
        if (address.isIpv4()) {
            long value = address.low() + by;
            if (value >= 0 && value <= 0xFFFF_FFFFL) {
                choices.add(Arbitraries.just(IpAddress.ipv4(value)));
            }
            return;
        }
        long low = address.low() + by;
        long high = address.high();
        if (by > 0 && low == 0) {
            high++;
        } else if (by < 0 && address.low() == 0) {
            high--;
        }
        choices.add(Arbitraries.just(IpAddress.ipv6(high, low)));
    }

    private static IpAddress inside(Cidr cidr, long bits) {
        if (cidr.network().isIpv4()) {
            long hostMask = ~Cidr.mask4(cidr.length()) & 0xFFFF_FFFFL;
            return IpAddress.ipv4(cidr.network().low() | (bits & hostMask));
        }
        long mixedHigh = Long.rotateLeft(bits, 17) * 0x9E3779B97F4A7C15L;
        return IpAddress.ipv6(cidr.network().high() | (mixedHigh & ~Cidr.maskHigh(cidr.length())),
                cidr.network().low() | (bits & ~Cidr.maskLow(cidr.length())));
    }

    private List<SpecialBlock> containing(IpAddress address) {
        List<SpecialBlock> all = new ArrayList<>(address.isIpv4() ? registry.ipv4Blocks() : registry.ipv6Blocks());
        all.removeIf(b -> !b.cidr().contains(address));
        all.sort((a, b) -> Integer.compare(b.cidr().length(), a.cidr().length()));
        return all;
    }

    private SpecialBlock mostSpecificByScan(IpAddress address) {
        List<SpecialBlock> containing = containing(address);
        return containing.isEmpty() ? null : containing.get(0);
    }

    private boolean reachableByScan(IpAddress address) {
        for (SpecialBlock block : containing(address)) {
            Boolean value = block.globallyReachableValue();
            if (value != null) {
                return value;
            }
        }
        return containing(address).isEmpty() ? !inAny(address, "224.0.0.0/4", "ff00::/8") : true;
    }

    private static boolean inAny(IpAddress address, String... networks) {
        for (String network : networks) {
            if (Cidr.parse(network).contains(address)) {
                return true;
            }
        }
        return false;
    }
}
