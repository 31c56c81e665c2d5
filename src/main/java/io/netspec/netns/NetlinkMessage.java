package io.netspec.netns;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One rtnetlink request as the kernel reads it: a {@code struct nlmsghdr} (length, type, flags, sequence
 * number, port 0), the request's fixed part ({@code ifinfomsg}, {@code ifaddrmsg} or {@code rtmsg}), then
 * its attributes ({@code struct rtattr}: length, type, value, padded to 4 bytes), in the machine's byte
 * order. Pure: {@link #encode} gives the bytes, which tests compare with what iproute2 sends.
 */
final class NetlinkMessage {
    static final int HEADER = 16;
    static final short RTM_NEWLINK = 16;
    static final short RTM_NEWADDR = 20;
    static final short RTM_NEWROUTE = 24;
    static final short RTM_DELROUTE = 25;
    static final short NLMSG_ERROR = 2;
    static final short NLM_F_REQUEST = 0x1;
    static final short NLM_F_ACK = 0x4;
    static final short NLM_F_REPLACE = 0x100;
    static final short NLM_F_EXCL = 0x200;
    static final short NLM_F_CREATE = 0x400;
    static final short IFLA_ADDRESS = 1;
    static final short IFLA_MTU = 4;
    static final short IFLA_TXQLEN = 13;
    static final short IFA_ADDRESS = 1;
    static final short IFA_LOCAL = 2;
    static final short RTA_DST = 1;
    static final short RTA_OIF = 4;
    static final short RTA_GATEWAY = 5;
    static final int IFF_UP = 0x1;
    static final int IFA_F_NODAD = 0x02;
    static final int RT_TABLE_MAIN = 254;
    static final int RTPROT_BOOT = 3;
    static final int RT_SCOPE_UNIVERSE = 0;
    static final int RT_SCOPE_LINK = 253;
    static final int RT_SCOPE_NOWHERE = 255;
    static final int RTN_UNICAST = 1;

    private final short type;
    private final short flags;
    private final byte[] fixed;
    private final ByteArrayOutputStream attributes = new ByteArrayOutputStream();

    NetlinkMessage(short type, int flags, byte[] fixed) {
        this.type = type;
        this.flags = (short) (flags | NLM_F_REQUEST | NLM_F_ACK);
        this.fixed = fixed.clone();
    }

    static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
    }

    /** {@code struct ifinfomsg}: family 0, the interface, the flags to set among those {@code change} names. */
    static byte[] ifinfomsg(int index, int flags, int change) {
        return buffer(16).put((byte) 0).put((byte) 0).putShort((short) 0).putInt(index).putInt(flags).putInt(change).array();
    }

    /** {@code struct ifaddrmsg}. */
    static byte[] ifaddrmsg(int family, int prefixLength, int flags, int scope, int index) {
        return buffer(8).put((byte) family).put((byte) prefixLength).put((byte) flags).put((byte) scope).putInt(index).array();
    }

    /** {@code struct rtmsg}: family, destination prefix length, source length 0, tos 0, table, protocol, scope, type, flags 0. */
    static byte[] rtmsg(int family, int destinationLength, int table, int protocol, int scope, int type) {
        return buffer(12).put((byte) family).put((byte) destinationLength).put((byte) 0).put((byte) 0).put((byte) table)
                .put((byte) protocol).put((byte) scope).put((byte) type).putInt(0).array();
    }

    NetlinkMessage attribute(short attributeType, byte[] value) {
        int length = 4 + value.length;
        ByteBuffer a = buffer(align(length)).putShort((short) length).putShort(attributeType).put(value);
        attributes.writeBytes(a.array());
        return this;
    }

    NetlinkMessage attribute(short attributeType, int value) {
        return attribute(attributeType, buffer(4).putInt(value).array());
    }

    /** The whole message with sequence number {@code sequence}. */
    byte[] encode(int sequence) {
        int length = HEADER + align(fixed.length) + attributes.size();
        ByteBuffer m = buffer(length).putInt(length).putShort(type).putShort(flags).putInt(sequence).putInt(0);
        m.put(fixed).position(HEADER + align(fixed.length)).put(attributes.toByteArray());
        return m.array();
    }

    static int align(int length) {
        return (length + 3) & ~3;
    }
}
