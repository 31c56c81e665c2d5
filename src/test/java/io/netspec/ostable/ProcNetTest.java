package io.netspec.ostable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcNetTest {
    private static final String TCP_HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";

    @Test
    void readsIpv4AddressesPortsAndStates() {
        List<InetSocketEntry> entries = ProcNet.parseInet("tcp", List.of(TCP_HEADER,
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0",
                "   1: 0100007F:9C40 0100007F:1F90 01 0000000A:00000014 00:00000000 00000000     0        0 4343 1 0000000000000000 20 4 30 10 -1",
                "   2: 0200007F:D431 0100007F:1F90 06 00000000:00000000 03:00000D4F 00000000     0        0 0 3 0000000000000000"));
        assertThat(entries).hasSize(3);
        InetSocketEntry listen = entries.get(0);
        assertThat(listen.local()).isEqualTo(new InetSocketAddress("127.0.0.1", 8080));
        assertThat(listen.remote().getPort()).isZero();
        assertThat(listen.state()).isEqualTo(SocketState.LISTEN);
        assertThat(listen.uid()).isEqualTo(1000);
        assertThat(listen.inode()).isEqualTo(4242);
        InetSocketEntry established = entries.get(1);
        assertThat(established.local()).isEqualTo(new InetSocketAddress("127.0.0.1", 40000));
        assertThat(established.state()).isEqualTo(SocketState.ESTABLISHED);
        assertThat(established.sendQueue()).isEqualTo(10);
        assertThat(established.receiveQueue()).isEqualTo(20);
        assertThat(entries.get(2).local()).isEqualTo(new InetSocketAddress("127.0.0.2", 54321));
        assertThat(entries.get(2).state()).isEqualTo(SocketState.TIME_WAIT);
        assertThat(listen.netstatLine()).startsWith("tcp").contains("127.0.0.1:8080").contains("0.0.0.0:*").endsWith("LISTEN");
        assertThat(established.netstatLine()).contains("    20     10 127.0.0.1:40000").endsWith("ESTABLISHED");
    }

    @Test
    void readsIpv6WordsInKernelOrder() {
        List<InetSocketEntry> entries = ProcNet.parseInet("tcp6", List.of(TCP_HEADER,
                "   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 99 1",
                "   1: 0000000000000000FFFF00000100007F:1F91 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 98 1",
                "   2: B80D0120000000000000000001000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 97 1"));
        assertThat(entries.get(0).local()).isEqualTo(new InetSocketAddress("::1", 8080));
        assertThat(entries.get(1).local()).isEqualTo(new InetSocketAddress("127.0.0.1", 8081));
        assertThat(entries.get(2).local()).isEqualTo(new InetSocketAddress("2001:db8::1", 80));
        assertThat(entries.get(0).netstatLine()).contains("[::1]:8080").contains("[::]:*");
    }

    @Test
    void udpSocketsShowNoStateLikeNetstat() {
        List<InetSocketEntry> entries = ProcNet.parseInet("udp", List.of(TCP_HEADER,
                "  12: 0100007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 555 2 0000000000000000 0"));
        assertThat(entries.get(0).state()).isEqualTo(SocketState.CLOSE);
        assertThat(entries.get(0).state().ssName()).isEqualTo("UNCONN");
        assertThat(entries.get(0).netstatLine()).startsWith("udp").endsWith("0.0.0.0:*");
    }

    @Test
    void readsUnixSocketsWithTheListeningFlag() {
        List<UnixSocketEntry> entries = ProcNet.parseUnix(List.of(
                "Num       RefCount Protocol Flags    Type St Inode Path",
                "0000000094fe8814: 00000002 00000000 00010000 0001 01 1064 /tmp/netspec-unix-1/local.sock",
                "00000000eb338b89: 00000003 00000000 00000000 0001 03  1063",
                "00000000eb338b8a: 00000003 00000000 00000000 0002 03  1062 @abstract name"));
        assertThat(entries.get(0).listening()).isTrue();
        assertThat(entries.get(0).path()).isEqualTo("/tmp/netspec-unix-1/local.sock");
        assertThat(entries.get(0).netstatLine()).contains("STREAM").contains("LISTENING").contains("1064");
        assertThat(entries.get(1).listening()).isFalse();
        assertThat(entries.get(1).stateName()).isEqualTo("CONNECTED");
        assertThat(entries.get(1).path()).isNull();
        assertThat(entries.get(2).typeName()).isEqualTo("DGRAM");
        assertThat(entries.get(2).path()).isEqualTo("@abstract name");
    }

    @Test
    void aLineItCannotReadIsNamed() {
        assertThatThrownBy(() -> ProcNet.parseInet("tcp", List.of(TCP_HEADER,
                "   0: 0100007F:1F90 00000000:0000 ZZ 00000000:00000000 00:00000000 00000000 0 0 1")))
                .hasMessageContaining("line 2 of /proc/net/tcp").hasMessageContaining("ZZ");
        assertThatThrownBy(() -> ProcNet.parseInet("tcp", List.of(TCP_HEADER, "   0: 0100007F:1F90")))
                .hasMessageContaining("fewer than 10 fields");
        assertThatThrownBy(() -> SocketState.ofHex("0F")).hasMessageContaining("unknown");
    }

    @Test
    void readsAWholeFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tcp"), TCP_HEADER + "\n"
                + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1\n");
        Files.writeString(dir.resolve("unix"), "Num       RefCount Protocol Flags    Type St Inode Path\n");
        SocketTable table = SocketTable.read(dir);
        assertThat(table.tcpListening(new InetSocketAddress("127.0.0.1", 8080))).hasSize(1);
        assertThat(table.tcpListening(new InetSocketAddress("127.0.0.1", 8081))).isEmpty();
        assertThat(table.listening(new InetSocketAddress("127.0.0.1", 8080), false).inet()).hasSize(1);
        assertThat(table.listening(new InetSocketAddress("127.0.0.1", 8080), true).isEmpty()).isTrue();
        assertThat(SocketTable.format(table.inet(), List.of())).startsWith("Proto Recv-Q Send-Q Local Address");

    }

    @Test
    void theRealTableShowsASocketThisTestListensOn() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = (InetSocketAddress) server.getLocalSocketAddress();
            assertThat(SocketTable.read().tcpListening(address)).as("LISTEN on %s", address).hasSize(1);
        }
    }
}
