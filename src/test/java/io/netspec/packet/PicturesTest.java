package io.netspec.packet;

import io.netspec.testkit.packet.Conversation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packet table and the ladder diagram of a conversation whose third data segment was lost once. */
class PicturesTest {
    private final List<Captured> frames = Conversation.withSegment3Lost();
    private final TcpConnection connection = TcpConnections.of(frames).get(0);

    @Test
    void theTableHasOneLineAFrameWithRelativeNumbersAndFates() {
        List<String> lines = PacketTable.text(frames).lines().toList();
        assertThat(lines).hasSize(frames.size() + 1);
        assertThat(lines.get(0)).contains("time (s)", "source", "destination", "flags", "seq", "ack", "length", "fate");
        assertThat(lines.get(1)).contains("192.168.1.10:40000", "192.168.1.20:7", " S ", "passed");
        assertThat(lines.get(6).split("\\s+")).containsSubsequence("P.", "201", "1", "100", "dropped");
        assertThat(lines.get(10).split("\\s+")).containsSubsequence("P.", "201", "1", "100", "passed");
    }

    @Test
    void theLadderShowsHandshakeDataTheDropAndTheRetransmission() throws Exception {
        String svg = LadderSvg.render(connection, "alice", "echo", "office");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts).contains("alice", "echo", "as \"office\" saw it", "192.168.1.10:40000", "SYN", "SYN-ACK", "ACK ack 1",
                "data seq 201 len 100 (segment 3) ack 1", "data seq 201 len 100 (segment 3) ack 1 retransmission",
                "FIN ack 1", "dropped");
        // one arrow a packet that arrived, a red cross for the one that did not
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(2);
        assertThat(svg).contains("stroke=\"#ef6c00\"");
    }

    @Test
    void theLaddersOfOneConnectionOnTwoNetworksHaveCaptionsOfTheirOwn() {
        String office = LadderSvg.caption(connection, "web", "db", "office");
        String dc = LadderSvg.caption(connection, "web", "db", "dc");
        assertThat(office).isNotEqualTo(dc).startsWith("ladder of web -> db on \"office\" (TCP 192.168.1.10:40000");
        assertThat(dc).startsWith("ladder of web -> db on \"dc\" (");
    }

    @Test
    void aLongConnectionSaysWhatTheLadderLeftOut() {
        Conversation c = new Conversation();
        c.client(Packet.SYN, 0, 0, 0, Fate.PASSED);
        for (int i = 0; i < LadderSvg.MAX_ROWS + 10; i++) {
            c.client(Packet.ACK, 1 + 10L * i, 1, 10, Fate.PASSED);
        }
        String svg = LadderSvg.render(TcpConnections.of(c.frames()).get(0), "a", "b", "lan");
        assertThat(svg).contains("... and 11 more packets (the packet table has them all)");
    }

    @Test
    void aSynSentAgainIsARetransmission() {
        Conversation c = new Conversation();
        c.client(Packet.SYN, 0, 0, 0, Fate.DROPPED);
        c.client(Packet.SYN, 0, 0, 0, Fate.PASSED);
        String svg = LadderSvg.render(TcpConnections.of(c.frames()).get(0), "a", "b", "lan");
        assertThat(svg).contains(">SYN<", ">SYN retransmission<", ">dropped<");
    }
}
