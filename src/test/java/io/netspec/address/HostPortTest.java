package io.netspec.address;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One way to read and print an endpoint's address. */
class HostPortTest {
    @Test
    void printsWithoutJavasLeadingSlash() throws Exception {
        assertThat(HostPort.show(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 37313))).isEqualTo("127.0.0.1:37313");
        assertThat(HostPort.show(new InetSocketAddress(InetAddress.getByName("::1"), 80))).isEqualTo("[::1]:80");
        assertThat(HostPort.show(UnixDomainSocketAddress.of("/tmp/x.sock"))).isEqualTo("/tmp/x.sock");
    }

    @Test
    void readsThroughTheStrictParser() {
        assertThat(HostPort.parse("127.0.0.2:0", 0)).isEqualTo(new InetSocketAddress(HostPort.host("127.0.0.2"), 0));
        assertThat(HostPort.parse("[::1]:8080", 1).getPort()).isEqualTo(8080);
        assertThat(HostPort.host("localhost").isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> HostPort.host("010.0.0.1")).isInstanceOf(AddressFormatException.class)
                .hasMessageContaining("leading zero");
        assertThatThrownBy(() -> HostPort.host("[::1]")).hasMessageContaining("in brackets");
        assertThatThrownBy(() -> HostPort.host("example.com")).hasMessageContaining("host name");
        assertThatThrownBy(() -> HostPort.parse("127.0.0.1:0", 1)).hasMessage("the port 0 is outside 1-65535");
        assertThatThrownBy(() -> HostPort.parse("127.0.0.1", 1)).hasMessageStartingWith("expected \"host:port\"");
    }
}
