package io.netspec.host;

import io.netspec.address.IpAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How duplicate-address detection is read: the kernel's flags of an IPv6 address, and neighbour table entries. */
class AddressConflictPartsTest {
    private static final String IF_INET6 = """
            fd000001000000000000000000000010 02 40 00 c8     eth0
            fd000001000000000000000000000011 02 40 00 80     eth0
            fd000001000000000000000000000012 02 40 00 c0     eth0
            fe80000000000000000000fffe010003 02 40 20 80     eth0
            """;

    @Test
    void theKernelsFlagsSayHowDetectionEnded() {
        assertThat(KernelDad.state(IF_INET6, IpAddress.parse("fd00:1::10"))).isEqualTo(KernelDad.State.FAILED);
        assertThat(KernelDad.state(IF_INET6, IpAddress.parse("fd00:1::11"))).isEqualTo(KernelDad.State.PASSED);
        assertThat(KernelDad.state(IF_INET6, IpAddress.parse("fd00:1::12"))).isEqualTo(KernelDad.State.RUNNING);
        assertThat(KernelDad.state(IF_INET6, IpAddress.parse("fd00:1::99"))).isEqualTo(KernelDad.State.RUNNING);
    }

    @Test
    void aNeighbourEntryNamesItsMacAddress() {
        assertThat(Neighbours.mac("192.168.1.10 lladdr 02:00:00:01:00:01 REACHABLE")).contains("02:00:00:01:00:01");
        assertThat(Neighbours.mac("192.168.1.10 FAILED")).isEmpty();
        assertThat(AddressConflict.mac("02:00:00:01:00:0a")).containsExactly(2, 0, 0, 1, 0, 10);
    }
}
