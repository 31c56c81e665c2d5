package io.netspec.packet;

import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate address detection as a capture table words it: ARP probes, and IPv6 neighbour discovery about an address. */
class NeighbourDiscoveryTest {
    private static final byte[] PRINTER = {0x02, 0, 0, 0x01, 0, 0x01};

    @Test
    void anArpProbeAndAnAnnouncementSayWhatTheyAre() throws Exception {
        assertThat(PacketDecoder.decode(Frames.arpRequest("0.0.0.0", "192.168.1.10")).summary())
                .isEqualTo("who-has 192.168.1.10 tell 0.0.0.0 (ARP probe, RFC 5227: is the address taken?)");
        assertThat(PacketDecoder.decode(Frames.arpRequest("192.168.1.10", "192.168.1.10")).summary())
                .isEqualTo("who-has 192.168.1.10 tell 192.168.1.10 (ARP announcement)");
    }

    @Test
    void aSolicitationFromTheUnspecifiedAddressIsDuplicateAddressDetection() throws Exception {
        byte[] dad = neighbour(135, "::", "ff02::1:ff00:10", "fd00:1::10", null);
        assertThat(PacketDecoder.decode(dad).summary())
                .isEqualTo("neighbor solicitation for fd00:1::10 (duplicate address detection: is it taken?)");
        assertThat(PacketDecoder.decode(neighbour(135, "fd00:1::20", "ff02::1:ff00:10", "fd00:1::10", null)).summary())
                .isEqualTo("neighbor solicitation for fd00:1::10");
        assertThat(NeighbourDiscovery.isAbout(dad, InetAddress.getByName("fd00:1::10"))).isTrue();
        assertThat(NeighbourDiscovery.isAbout(dad, InetAddress.getByName("fd00:1::11"))).isFalse();
        assertThat(NeighbourDiscovery.advertiser(dad, InetAddress.getByName("fd00:1::10"))).isEmpty();
    }

    @Test
    void anAdvertisementNamesTheMacAddressThatAnswers() throws Exception {
        byte[] na = neighbour(136, "fd00:1::10", "ff02::1", "fd00:1::10", PRINTER);
        assertThat(PacketDecoder.decode(na).summary()).isEqualTo("neighbor advertisement: fd00:1::10 is-at 02:00:00:01:00:01");
        assertThat(NeighbourDiscovery.advertiser(na, InetAddress.getByName("fd00:1::10"))).contains("02:00:00:01:00:01");
        byte[] bare = neighbour(136, "fd00:1::10", "ff02::1", "fd00:1::10", null);
        assertThat(NeighbourDiscovery.advertiser(bare, InetAddress.getByName("fd00:1::10"))).contains("02:00:00:00:00:0a");
    }

    /** A neighbour solicitation (135) or advertisement (136) from Frames.MAC_A, with a link-layer address option when given. */
    private static byte[] neighbour(int type, String from, String to, String target, byte[] mac) throws Exception {
        ByteBuffer icmp = ByteBuffer.allocate(24 + (mac == null ? 0 : 8));
        icmp.put((byte) type).put((byte) 0).putShort((short) 0).putInt(type == 136 ? 0x6000_0000 : 0)
                .put(InetAddress.getByName(target).getAddress());
        if (mac != null) {
            icmp.put((byte) 2).put((byte) 1).put(mac);
        }
        return Frames.ip(InetAddress.getByName(from), InetAddress.getByName(to), 58, icmp.array());
    }
}
