package io.netspec.testkit.packet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.List;

/** IGMP and MLD reports and multicast datagrams as hosts' kernels send them, byte by byte, for the tests. */
public final class GroupFrames {
    /** IGMPv3 and MLDv2 group record types (RFC 3376, 3810). */
    public static final int MODE_IS_INCLUDE = 1;
    public static final int CHANGE_TO_INCLUDE = 3;
    public static final int CHANGE_TO_EXCLUDE = 4;
    public static final int ALLOW_NEW_SOURCES = 5;
    public static final int BLOCK_OLD_SOURCES = 6;

    private GroupFrames() {
    }

    /** One group record: its type, group and sources. */
    public record Record(int type, String group, List<String> sources) {
        public Record(int type, String group) {
            this(type, group, List.of());
        }
    }

    /** An IGMPv3 membership report to 224.0.0.22, with a router-alert IP option as Linux sends it. */
    public static byte[] igmpv3(String from, Record... records) {
        ByteBuffer igmp = ByteBuffer.allocate(8 + size(records, 4));
        igmp.put((byte) 0x22).put((byte) 0).putShort((short) 0).putShort((short) 0).putShort((short) records.length);
        put(igmp, records);
        return ipv4(from, "224.0.0.22", 2, igmp.array(), true);
    }

    /** An IGMPv2 report (type 0x16) or leave (0x17) for {@code group}. */
    public static byte[] igmpv2(String from, int type, String group) {
        ByteBuffer igmp = ByteBuffer.allocate(8);
        igmp.put((byte) type).put((byte) 0).putShort((short) 0).put(address(group));
        return ipv4(from, type == 0x17 ? "224.0.0.2" : group, 2, igmp.array(), false);
    }

    /** An MLDv2 report to ff02::16, behind a hop-by-hop header with router alert, as Linux sends it. */
    public static byte[] mldv2(String from, Record... records) {
        ByteBuffer mld = ByteBuffer.allocate(8 + size(records, 16));
        mld.put((byte) 143).put((byte) 0).putShort((short) 0).putShort((short) 0).putShort((short) records.length);
        put(mld, records);
        return ipv6WithHopByHop(from, "ff02::16", mld.array());
    }

    /** An MLDv1 report (131) or done (132) for {@code group}. */
    public static byte[] mldv1(String from, int type, String group) {
        ByteBuffer mld = ByteBuffer.allocate(24);
        mld.put((byte) type).put((byte) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).put(address(group));
        return ipv6WithHopByHop(from, type == 132 ? "ff02::2" : group, mld.array());
    }

    /** A UDP datagram to {@code group} (or any address), with the multicast MAC address of an IPv4 or IPv6 group. */
    public static byte[] datagram(String from, String to) {
        byte[] frame = Frames.udp(Frames.at(from, 40000), Frames.at(to, 5000), 4);
        byte[] mac = to.contains(":") ? new byte[] {0x33, 0x33, 0, 0, 0, 1} : new byte[] {0x01, 0, 0x5e, 0, 0, 1};
        System.arraycopy(mac, 0, frame, 0, 6);
        return frame;
    }

    private static int size(Record[] records, int length) {
        int size = 0;
        for (Record r : records) {
            size += 4 + length + r.sources().size() * length;
        }
        return size;
    }

    private static void put(ByteBuffer b, Record[] records) {
        for (Record r : records) {
            b.put((byte) r.type()).put((byte) 0).putShort((short) r.sources().size()).put(address(r.group()));
            r.sources().forEach(s -> b.put(address(s)));
        }
    }

    private static byte[] ipv4(String from, String to, int protocol, byte[] payload, boolean routerAlert) {
        int header = routerAlert ? 24 : 20;
        ByteBuffer f = ByteBuffer.allocate(14 + header + payload.length);
        f.put(new byte[] {0x01, 0, 0x5e, 0, 0, 0x16}).put(Frames.MAC_A).putShort((short) 0x0800);
        f.put((byte) (0x40 | header / 4)).put((byte) 0).putShort((short) (header + payload.length)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 1).put((byte) protocol).putShort((short) 0)
                .put(address(from)).put(address(to));
        if (routerAlert) {
            f.put(new byte[] {(byte) 0x94, 4, 0, 0});
        }
        return f.put(payload).array();
    }

    private static byte[] ipv6WithHopByHop(String from, String to, byte[] icmp) {
        ByteBuffer f = ByteBuffer.allocate(14 + 40 + 8 + icmp.length);
        f.put(new byte[] {0x33, 0x33, 0, 0, 0, 0x16}).put(Frames.MAC_A).putShort((short) 0x86DD);
        f.putInt(0x6000_0000).putShort((short) (8 + icmp.length)).put((byte) 0).put((byte) 1)
                .put(address(from)).put(address(to));
        f.put(new byte[] {58, 0, 5, 2, 0, 0, 1, 0});  // hop-by-hop: next ICMPv6, router alert (MLD), padding
        return f.put(icmp).array();
    }

    public static byte[] address(String text) {
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
