package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Literal targets go through the strict address parser: no DNS, no lenient forms. */
class TargetsAddressTest {

    @Test
    void parsesLiteralsWithoutLookups() {
        InetSocketAddress v4 = (InetSocketAddress) Targets.parseAddress("127.0.0.1:6379");
        assertThat(v4.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(v4.getPort()).isEqualTo(6379);
        assertThat(v4.isUnresolved()).isFalse();
        InetSocketAddress v6 = (InetSocketAddress) Targets.parseAddress("[::1]:8080");
        assertThat(v6.getAddress().isLoopbackAddress()).isTrue();
        InetSocketAddress local = (InetSocketAddress) Targets.parseAddress("localhost:80");
        assertThat(local.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void refusesLenientForms() {
        assertThatThrownBy(() -> Targets.parseAddress("010.0.0.1:80"))
                .hasMessageContaining("target \"010.0.0.1:80\" is malformed")
                .hasMessageContaining("part \"010\" has a leading zero");
        assertThatThrownBy(() -> Targets.parseAddress("example.com:80"))
                .hasMessageContaining("looks like a host name");
        assertThatThrownBy(() -> Targets.parseAddress("[1::2::3]:80"))
                .hasMessageContaining("two \"::\"");
    }
}
