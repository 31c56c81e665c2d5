package io.netspec.netns;

import io.netspec.host.Capability;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * rtnetlink requests, byte for byte as iproute2 6.1 sends them for the same commands (read with
 * {@code strace -e trace=sendmsg} from {@code ip link set …}, {@code ip addr add …} and {@code ip route …}),
 * and applied for real in a namespace of their own, read back with {@code ip}.
 */
class LinkChangesTest {
    /** A bound, not a measure: making a namespace waits for the kernel's other namespaces being made or torn down (other builds'). */
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** nlmsghdr: length, type, flags, sequence, port 0. */
    private static ByteBuffer header(int length, int type, int flags, int sequence) {
        return ByteBuffer.allocate(length).order(ByteOrder.nativeOrder()).putInt(length).putShort((short) type)
                .putShort((short) flags).putInt(sequence).putInt(0);
    }

    private static byte[] ip(String address) throws IOException {
        return InetAddress.getByName(address).getAddress();
    }

    @Test
    void theRequestsAreIproute2s() throws IOException {
        LinkChanges changes = new LinkChanges()
                .ethernet("eth0", new byte[] {2, 0, 0, 1, 0, 2}, 1500, 10_000)
                .address("eth0", InetAddress.getByName("10.0.0.2"), 24)
                .address("eth0", InetAddress.getByName("fd00::2"), 64)
                .route(InetAddress.getByName("10.9.0.0"), 16, InetAddress.getByName("10.0.0.1"))
                .route(InetAddress.getByName("0.0.0.0"), 0, InetAddress.getByName("10.0.0.1"))
                .noRoute(InetAddress.getByName("10.9.0.0"), 16)
                .route(InetAddress.getByName("224.0.0.0"), 4, "eth0");
        List<byte[]> encoded = changes.encode(name -> 7);
        // RTM_NEWLINK, REQUEST|ACK; ifinfomsg {AF_UNSPEC, index 7, IFF_UP, change 1}; IFLA_ADDRESS (len 10), IFLA_MTU, IFLA_TXQLEN
        ByteBuffer link = header(60, 16, 0x5, 1).put(new byte[] {0, 0, 0, 0}).putInt(7).putInt(1).putInt(1)
                .putShort((short) 10).putShort((short) 1).put(new byte[] {2, 0, 0, 1, 0, 2, 0, 0})
                .putShort((short) 8).putShort((short) 4).putInt(1500).putShort((short) 8).putShort((short) 13).putInt(10_000);
        // RTM_NEWADDR, REQUEST|ACK|EXCL|CREATE; ifaddrmsg {AF_INET, 24, flags 0, scope universe, index 7}; IFA_LOCAL, IFA_ADDRESS
        ByteBuffer v4 = header(40, 20, 0x605, 2).put(new byte[] {2, 24, 0, 0}).putInt(7)
                .putShort((short) 8).putShort((short) 2).put(ip("10.0.0.2")).putShort((short) 8).putShort((short) 1).put(ip("10.0.0.2"));
        // The same for IPv6, with IFA_F_NODAD
        ByteBuffer v6 = header(64, 20, 0x605, 3).put(new byte[] {10, 64, 2, 0}).putInt(7)
                .putShort((short) 20).putShort((short) 2).put(ip("fd00::2")).putShort((short) 20).putShort((short) 1).put(ip("fd00::2"));
        // RTM_NEWROUTE, REQUEST|ACK|REPLACE|CREATE; rtmsg {AF_INET, /16, 0, 0, main, boot, universe, unicast, 0}; RTA_DST, RTA_GATEWAY
        ByteBuffer route = header(44, 24, 0x505, 4).put(new byte[] {2, 16, 0, 0, (byte) 254, 3, 0, 1}).putInt(0)
                .putShort((short) 8).putShort((short) 1).put(ip("10.9.0.0")).putShort((short) 8).putShort((short) 5).put(ip("10.0.0.1"));
        // The default route: no RTA_DST
        ByteBuffer fallback = header(36, 24, 0x505, 5).put(new byte[] {2, 0, 0, 0, (byte) 254, 3, 0, 1}).putInt(0)
                .putShort((short) 8).putShort((short) 5).put(ip("10.0.0.1"));
        // RTM_DELROUTE, REQUEST|ACK; rtmsg {AF_INET, /16, 0, 0, main, unspec, nowhere, unspec, 0}; RTA_DST
        ByteBuffer delete = header(36, 25, 0x5, 6).put(new byte[] {2, 16, 0, 0, (byte) 254, 0, (byte) 255, 0}).putInt(0)
                .putShort((short) 8).putShort((short) 1).put(ip("10.9.0.0"));
        // RTM_NEWROUTE, REQUEST|ACK|EXCL|CREATE; rtmsg {AF_INET, /4, 0, 0, main, boot, link, unicast, 0}; RTA_DST, RTA_OIF
        ByteBuffer device = header(44, 24, 0x605, 7).put(new byte[] {2, 4, 0, 0, (byte) 254, 3, (byte) 253, 1}).putInt(0)
                .putShort((short) 8).putShort((short) 1).put(ip("224.0.0.0")).putShort((short) 8).putShort((short) 4).putInt(7);
        assertThat(encoded).containsExactly(link.array(), v4.array(), v6.array(), route.array(), fallback.array(), delete.array(),
                device.array());
        assertThat(changes.words()).containsExactly(
                "link set eth0 address 02:00:00:01:00:02 mtu 1500 txqueuelen 10000 up",
                "addr add 10.0.0.2/24 dev eth0", "addr add fd00::2/64 dev eth0 nodad",
                "route replace 10.9.0.0/16 via 10.0.0.1", "route replace default via 10.0.0.1", "route del 10.9.0.0/16",
                "route add 224.0.0.0/4 dev eth0");
    }

    @Test
    void theKernelTakesThemAndSaysWhichItRefuses() throws Exception {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        try (Namespace ns = Namespace.create("link-changes", BOUND)) {
            try (Tap tap = ns.openTap("eth0", BOUND)) {
                ns.call(() -> {
                    new LinkChanges().up("lo").ethernet("eth0", new byte[] {2, 0, 0, 1, 0, 2}, 1400, 500)
                            .address("eth0", InetAddress.getByName("10.0.0.2"), 24)
                            .route(InetAddress.getByName("10.9.0.0"), 16, InetAddress.getByName("10.0.0.1"))
                            .route(InetAddress.getByName("0.0.0.0"), 0, InetAddress.getByName("10.0.0.1"))
                            .noRoute(InetAddress.getByName("10.8.0.0"), 16)  // absent: fine
                            .apply();
                    return null;
                }, BOUND);
                assertThat(ip(ns, "-o", "link", "show", "eth0")).contains("mtu 1400").contains("qlen 500")
                        .contains("link/ether 02:00:00:01:00:02");
                assertThat(ip(ns, "-o", "-4", "addr", "show", "eth0")).contains("inet 10.0.0.2/24");
                assertThat(ip(ns, "route")).contains("default via 10.0.0.1 dev eth0").contains("10.9.0.0/16 via 10.0.0.1 dev eth0");
                assertThat(ip(ns, "-o", "link", "show", "lo")).contains("UP");

                assertThatThrownBy(() -> ns.call(() -> {
                    new LinkChanges().address("eth0", InetAddress.getByName("10.0.0.2"), 24).apply();
                    return null;
                }, BOUND)).hasMessageContaining("the kernel refused \"ip addr add 10.0.0.2/24 dev eth0\"")
                        .hasMessageContaining("errno 17");
            }
        }
    }

    private static String ip(Namespace ns, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("nsenter", "--net=" + ns.path(), "ip"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
