package io.netspec.netns;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection-tracking table read from ctnetlink messages, in conntrack -L's words. */
class ConntrackTest {
    /** One netlink attribute: length and type in the machine's order, then the value, padded to 4 bytes. */
    private static byte[] attr(int type, byte[] value) {
        ByteBuffer b = ByteBuffer.allocate(Conntrack.align(4 + value.length)).order(ByteOrder.nativeOrder());
        b.putShort((short) (4 + value.length)).putShort((short) type).put(value);
        return b.array();
    }

    private static byte[] nested(int type, byte[]... children) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] c : children) {
            all.writeBytes(c);
        }
        return attr(type | 0x8000, all.toByteArray());
    }

    private static byte[] ip(String text) throws Exception {
        return InetAddress.getByName(text).getAddress();
    }

    private static byte[] port(int port) {
        return new byte[] {(byte) (port >> 8), (byte) port};
    }

    private static byte[] u32(long value) {
        return ByteBuffer.allocate(4).putInt((int) value).array();
    }

    private static byte[] tuple(int type, String src, String dst, int sport, int dport) throws Exception {
        return nested(type, nested(1, attr(1, ip(src)), attr(2, ip(dst))),
                nested(2, attr(1, new byte[] {6}), attr(2, port(sport)), attr(3, port(dport))));
    }

    /** A CT_NEW message (netlink header, nfgenmsg, attributes) for a translated TCP connection. */
    private static byte[] message() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {2, 0, 0, 0});  // nfgenmsg: AF_INET
        body.writeBytes(tuple(1, "192.168.1.10", "203.0.113.20", 45498, 80));
        body.writeBytes(tuple(2, "203.0.113.20", "203.0.113.1", 80, 45498));
        body.writeBytes(attr(3, u32(0x4 | 0x10 | 0x8)));
        body.writeBytes(nested(4, nested(1, attr(1, new byte[] {3}))));
        body.writeBytes(attr(7, u32(431999)));
        ByteBuffer m = ByteBuffer.allocate(16 + body.size()).order(ByteOrder.nativeOrder());
        m.putInt(16 + body.size()).putShort((short) 0x0100).putShort((short) 2).putInt(1).putInt(0).put(body.toByteArray());
        return m.array();
    }

    private static byte[] done() {
        return ByteBuffer.allocate(20).order(ByteOrder.nativeOrder()).putInt(20).putShort((short) 3).array();
    }

    @Test
    void aTranslatedConnectionReadsAsConntrackListsIt() throws Exception {
        List<String> entries = new ArrayList<>();
        assertThat(Conntrack.read(message(), entries, 10)).as("more to come").isFalse();
        assertThat(entries).containsExactly("ipv4 tcp 6 431999 ESTABLISHED src=192.168.1.10 dst=203.0.113.20 sport=45498"
                + " dport=80 src=203.0.113.20 dst=203.0.113.1 sport=80 dport=45498 [ASSURED] [source translated]");
        assertThat(Conntrack.read(done(), entries, 10)).as("the end of the dump").isTrue();
    }

    @Test
    void theListStopsAtItsLimit() throws Exception {
        byte[] one = message();
        byte[] two = ByteBuffer.allocate(one.length * 2).put(one).put(one).array();
        List<String> entries = new ArrayList<>();
        Conntrack.read(two, entries, 1);
        assertThat(entries).hasSize(1);
    }

    @Test
    void addressesReadAsPeopleWriteThem() throws Exception {
        assertThat(Conntrack.address(ip("192.168.1.10"), null)).isEqualTo("192.168.1.10");
        assertThat(Conntrack.address(null, ip("fd00:7::10"))).isEqualTo("fd00:7::10");
        assertThat(Conntrack.address(null, ip("2001:db8:7::1"))).isEqualTo("2001:db8:7::1");
        assertThat(Conntrack.address(null, ip("::"))).isEqualTo("::");
        assertThat(Conntrack.address(null, ip("fe80::ff:fe01:1"))).isEqualTo("fe80::ff:fe01:1");
        assertThat(Conntrack.address(null, ip("1:0:2:0:3:0:4:5"))).isEqualTo("1:0:2:0:3:0:4:5");
        assertThat(Conntrack.address(null, ip("1:0:0:2:0:0:0:5"))).isEqualTo("1:0:0:2::5");
        assertThat(Conntrack.address(null, null)).isEqualTo("?");
    }
}
