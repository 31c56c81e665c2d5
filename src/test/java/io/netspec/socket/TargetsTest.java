package io.netspec.socket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetsTest {
    @Test
    void parsesIpv4Ipv6LocalhostAndSocketPaths() {
        assertThat(Targets.parseAddress("127.0.0.1:6379")).isEqualTo(new InetSocketAddress("127.0.0.1", 6379));
        assertThat(((InetSocketAddress) Targets.parseAddress("[::1]:8080")).getAddress().isLoopbackAddress()).isTrue();
        assertThat(((InetSocketAddress) Targets.parseAddress("localhost:80")).getAddress().isLoopbackAddress()).isTrue();
        assertThat(Targets.parseAddress("/tmp/x.sock")).isInstanceOf(UnixDomainSocketAddress.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com:80", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:65536", "::1:80",
            "[::1]80", "127.0.0.1:http", ""})
    void rejectsMalformedTargetsNamingThem(String text) {
        assertThatThrownBy(() -> Targets.parseAddress(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target \"" + text + "\"");
    }
}
