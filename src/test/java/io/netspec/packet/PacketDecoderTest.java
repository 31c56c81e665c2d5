package io.netspec.packet;

import io.netspec.testkit.packet.Conversation;
import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class PacketDecoderTest {
    @Test
    void readsAnIpv4TcpSegment() {
        byte[] frame = Frames.tcp(Conversation.CLIENT, Conversation.SERVER, Packet.PSH | Packet.ACK, 4_000_000_000L,
                77, 123);
        Packet p = PacketDecoder.decode(frame);
        assertThat(p.protocol()).isEqualTo(Protocol.TCP);
        assertThat(p.sourceEndpoint()).isEqualTo(Conversation.CLIENT);
        assertThat(p.destinationEndpoint()).isEqualTo(Conversation.SERVER);
        assertThat(p.seq()).isEqualTo(4_000_000_000L);
        assertThat(p.ack()).isEqualTo(77);
        assertThat(p.payloadLength()).isEqualTo(123);
        assertThat(p.flagText()).isEqualTo("P.");
        assertThat(p.isData()).isTrue();
        assertThat(p.seqEnd()).isEqualTo((4_000_000_000L + 123) & 0xFFFF_FFFFL);
        assertThat(p.frameLength()).isEqualTo(14 + 20 + 20 + 123);
    }

    @Test
    void synAndFinCountOneSequenceNumberEach() {
        Packet syn = PacketDecoder.decode(Frames.tcp(Conversation.CLIENT, Conversation.SERVER, Packet.SYN, 10, 0, 0));
        assertThat(syn.isSyn()).isTrue();
        assertThat(syn.isSynAck()).isFalse();
        assertThat(syn.flagText()).isEqualTo("S");
        assertThat(syn.seqEnd()).isEqualTo(11);
        Packet fin = PacketDecoder.decode(Frames.tcp(Conversation.CLIENT, Conversation.SERVER, Packet.FIN | Packet.ACK,
                0xFFFF_FFFFL, 0, 0));
        assertThat(fin.seqEnd()).isZero();
        assertThat(fin.flagText()).isEqualTo("F.");
    }

    @Test
    void readsIpv6Udp() {
        byte[] frame = Frames.udp(Frames.at("fd00:1::10", 5000), Frames.at("fd00:1::20", 53), 42);
        Packet p = PacketDecoder.decode(frame);
        assertThat(p.protocol()).isEqualTo(Protocol.UDP);
        assertThat(p.from()).isEqualTo("[fd00:1::10]:5000");
        assertThat(p.destinationPort()).isEqualTo(53);
        assertThat(p.payloadLength()).isEqualTo(42);
    }

    @Test
    void readsArp() throws Exception {
        Packet p = PacketDecoder.decode(Frames.arpRequest("192.168.1.10", "192.168.1.20"));
        assertThat(p.protocol()).isEqualTo(Protocol.ARP);
        assertThat(p.source()).isEqualTo(InetAddress.getByName("192.168.1.10"));
        assertThat(p.summary()).isEqualTo("who-has 192.168.1.20 tell 192.168.1.10");
    }

    @Test
    void saysWhyItCannotReadAFrame() {
        assertThat(PacketDecoder.decode(new byte[5]).summary()).contains("shorter than an Ethernet header");
        byte[] truncated = java.util.Arrays.copyOf(Frames.tcp(Conversation.CLIENT, Conversation.SERVER, 0, 0, 0, 0), 20);
        assertThat(PacketDecoder.decode(truncated).protocol()).isEqualTo(Protocol.OTHER);
        assertThat(PacketDecoder.decode(truncated).summary()).isEqualTo("IPv4 header truncated");
    }
}
