package io.netspec.ostable;

import org.junit.jupiter.api.Test;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An IPv4 endpoint served by a dual-stack socket sits in tcp6 or udp6 as ::ffff:a.b.c.d (or ::), and is still found. */
class DualStackTableTest {
    private static final String HEADER = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops";
    private static final String MAPPED_LOOPBACK = "0000000000000000FFFF00000100007F";
    private static final String ANY6 = "00000000000000000000000000000000";

    @Test
    void findsAnIpv4EndpointListedAsIpv4MappedInUdp6AndTcp6() {
        List<InetSocketEntry> udp6 = ProcNet.parseInet("udp6", List.of(HEADER,
                "  1: " + MAPPED_LOOPBACK + ":9C4E " + ANY6 + ":0000 07 00000000:00000000 00:00000000 00000000     0        0 555 2 0000000000000000 0"));
        List<InetSocketEntry> tcp6 = ProcNet.parseInet("tcp6", List.of(HEADER,
                "  0: " + MAPPED_LOOPBACK + ":1F90 " + ANY6 + ":0000 0A 00000000:00000000 00:00000000 00000000     0        0 556 1 0000000000000000 100 0 0 10 0"));
        SocketTable table = new SocketTable(concat(udp6, tcp6), List.of());
        assertThat(table.listening(new InetSocketAddress("127.0.0.1", 0x9C4E), true).inet()).hasSize(1);
        assertThat(table.listening(new InetSocketAddress("127.0.0.1", 0x1F90), false).inet()).hasSize(1);
        assertThat(table.listening(new InetSocketAddress("127.0.0.1", 0x1F90), true).inet()).isEmpty();
    }

    @Test
    void findsAnIpv4EndpointServedByADualStackWildcardSocket() {
        List<InetSocketEntry> udp6 = ProcNet.parseInet("udp6", List.of(HEADER,
                "  1: " + ANY6 + ":9C4E " + ANY6 + ":0000 07 00000000:00000000 00:00000000 00000000     0        0 557 2 0000000000000000 0"));
        SocketTable table = new SocketTable(udp6, List.of());
        assertThat(table.listening(new InetSocketAddress("127.0.0.1", 0x9C4E), true).inet()).hasSize(1);
    }

    @Test
    void findsRealSocketsOpenedTheWayJavaOpensThemByDefault() throws Exception {
        // java.net.DatagramSocket and ServerSocket are dual-stack where IPv6 is available: the OS lists them in udp6 and tcp6.
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
             ServerSocket tcp = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            SocketTable table = SocketTable.read();
            assertThat(table.listening(new InetSocketAddress("127.0.0.1", udp.getLocalPort()), true).inet()).hasSize(1);
            assertThat(table.listening(new InetSocketAddress("127.0.0.1", tcp.getLocalPort()), false).inet()).hasSize(1);
        }
    }

    private static List<InetSocketEntry> concat(List<InetSocketEntry> a, List<InetSocketEntry> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
