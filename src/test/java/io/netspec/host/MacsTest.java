package io.netspec.host;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two MAC addresses read from a frame in native memory are the ones its first twelve octets hold,
 * in order, as {@link Switch#mac} reads them from a copy; and the group bit tells unicast, multicast
 * and broadcast apart.
 */
class MacsTest {
    private static Memory frame(byte[] header) {
        Memory frame = new Memory(64);
        frame.clear();
        frame.write(0, header, 0, header.length);
        return frame;
    }

    @Test
    void theAddressesAreTheFirstTwelveOctetsInOrder() {
        byte[] header = {0x02, 0x00, 0x0a, 0x5a, 0x00, 0x07, 0x02, 0x11, 0x22, 0x33, 0x44, (byte) 0xfe, 0x08, 0x00};
        Memory frame = frame(header);
        assertThat(Macs.destination(frame)).as("destination").isEqualTo(0x02000a5a0007L).isEqualTo(Switch.mac(header, 0));
        assertThat(Macs.source(frame)).as("source").isEqualTo(0x0211223344feL).isEqualTo(Switch.mac(header, 6));
    }

    @Test
    void theGroupBitTellsUnicastMulticastAndBroadcastApart() {
        assertThat(Macs.group(0x02000a5a0007L)).as("a unicast address is a group").isFalse();
        assertThat(Macs.group(0x01005e010203L)).as("an IPv4 multicast address is a group").isTrue();
        assertThat(Macs.toGroup(0x01005e010203L)).as("an IPv4 multicast address goes to a group's members").isTrue();
        assertThat(Macs.toGroup(0x333300000001L)).as("an IPv6 multicast address goes to a group's members").isTrue();
        assertThat(Macs.group(0xffffffffffffL)).as("broadcast is a group").isTrue();
        assertThat(Macs.toGroup(0xffffffffffffL)).as("broadcast goes to every port, not a group's members").isFalse();
        byte[] broadcast = {-1, -1, -1, -1, -1, -1, 0x02, 0, 0, 0, 0, 1};
        assertThat(Macs.destination(frame(broadcast))).isEqualTo(0xffffffffffffL);
        assertThat(Macs.source(frame(broadcast))).isEqualTo(0x020000000001L);
    }
}
