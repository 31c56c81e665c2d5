package io.netspec.netns;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which ICMP messages answer an echo request, as a raw socket hands them over: IPv4 with its header,
 * ICMPv6 without one. The end-to-end path (routers' real "time exceeded") is in features/hosts/routers.feature.
 */
class ProbeAnswerTest {
    private static final int ID = 0x1234;
    private static final int SEQ = 7;

    /** An ICMP echo header: type, code, checksum, id, sequence. */
    private static byte[] echo(int type, int id, int seq) {
        return ByteBuffer.allocate(8).put((byte) type).put((byte) 0).putShort((short) 0).putShort((short) id)
                .putShort((short) seq).array();
    }

    private static byte[] ipv4(byte[] payload) {
        return ipv4(payload, 5);
    }

    /** An IPv4 packet whose header is {@code words} 32-bit words long (5 without options). */
    private static byte[] ipv4(byte[] payload, int words) {
        ByteBuffer b = ByteBuffer.allocate(words * 4 + payload.length);
        b.put((byte) (0x40 | words)).put(new byte[8]).put((byte) 1).put(new byte[words * 4 - 10]).put(payload);
        return b.array();
    }

    /** An ICMPv4 error (type 11 or 3) quoting the IPv4 packet of a request. */
    private static byte[] ipv4Error(int type, byte[] quotedRequest) {
        return ipv4Error(type, quotedRequest, 5, 5);
    }

    private static byte[] ipv4Error(int type, byte[] quotedRequest, int outerWords, int quotedWords) {
        byte[] header = {(byte) type, 0, 0, 0, 0, 0, 0, 0};
        byte[] quoted = ipv4(quotedRequest, quotedWords);
        return ipv4(ByteBuffer.allocate(8 + quoted.length).put(header).put(quoted).array(), outerWords);
    }

    @Test
    void ipv4HeadersWithOptionsAreSkippedByTheirOwnLength() {
        assertThat(Probes.answerTo(ipv4(echo(0, ID, SEQ), 6), false, ID, SEQ)).isEqualTo(Probes.Kind.REACHED);
        assertThat(Probes.answerTo(ipv4Error(11, echo(8, ID, SEQ), 7, 5), false, ID, SEQ)).isEqualTo(Probes.Kind.TIME_EXCEEDED);
        assertThat(Probes.answerTo(ipv4Error(11, echo(8, ID, SEQ), 5, 6), false, ID, SEQ)).isEqualTo(Probes.Kind.TIME_EXCEEDED);
    }

    @Test
    void ipv4AnswersAreTheEchoReplyOrAnErrorQuotingThisRequest() {
        assertThat(Probes.answerTo(ipv4(echo(0, ID, SEQ)), false, ID, SEQ)).isEqualTo(Probes.Kind.REACHED);
        assertThat(Probes.answerTo(ipv4Error(11, echo(8, ID, SEQ)), false, ID, SEQ)).isEqualTo(Probes.Kind.TIME_EXCEEDED);
        assertThat(Probes.answerTo(ipv4Error(3, echo(8, ID, SEQ)), false, ID, SEQ)).isEqualTo(Probes.Kind.UNREACHABLE);
    }

    @Test
    void ipv4MessagesAboutOtherRequestsAreNotAnswers() {
        assertThat(Probes.answerTo(ipv4(echo(0, ID + 1, SEQ)), false, ID, SEQ)).isNull();
        assertThat(Probes.answerTo(ipv4(echo(0, ID, SEQ + 1)), false, ID, SEQ)).isNull();
        assertThat(Probes.answerTo(ipv4Error(11, echo(8, ID, SEQ + 1)), false, ID, SEQ)).isNull();
        assertThat(Probes.answerTo(ipv4(echo(8, ID, SEQ)), false, ID, SEQ)).as("our own request, looped back").isNull();
        assertThat(Probes.answerTo(ipv4Error(11, new byte[4]), false, ID, SEQ)).as("a quote cut short").isNull();
    }

    @Test
    void icmpv6AnswersComeWithoutAnIpHeader() {
        byte[] quotedRequest = ByteBuffer.allocate(48).put((byte) 0x60).put(new byte[39]).put(echo(128, ID, SEQ)).array();
        byte[] timeExceeded = ByteBuffer.allocate(56).put((byte) 3).put(new byte[7]).put(quotedRequest).array();
        byte[] unreachable = ByteBuffer.allocate(56).put((byte) 1).put(new byte[7]).put(quotedRequest).array();
        assertThat(Probes.answerTo(echo(129, ID, SEQ), true, ID, SEQ)).isEqualTo(Probes.Kind.REACHED);
        assertThat(Probes.answerTo(timeExceeded, true, ID, SEQ)).isEqualTo(Probes.Kind.TIME_EXCEEDED);
        assertThat(Probes.answerTo(unreachable, true, ID, SEQ)).isEqualTo(Probes.Kind.UNREACHABLE);
        assertThat(Probes.answerTo(echo(129, ID, SEQ + 1), true, ID, SEQ)).isNull();
        byte[] otherRequest = ByteBuffer.allocate(48).put((byte) 0x60).put(new byte[39]).put(echo(128, ID, SEQ + 1)).array();
        byte[] aboutOther = ByteBuffer.allocate(56).put((byte) 3).put(new byte[7]).put(otherRequest).array();
        assertThat(Probes.answerTo(aboutOther, true, ID, SEQ)).as("time exceeded for another request").isNull();
    }
}
