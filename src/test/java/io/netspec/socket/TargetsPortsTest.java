package io.netspec.socket;

import io.netspec.core.ScenarioError;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IP address and port of a target, and what a target reached with datagrams says of itself. */
class TargetsPortsTest {
    @Test
    void aHostAndPortHasAnAddressAndAPortAndASocketPathHasNeither() throws Exception {
        Target web = Targets.parse("127.0.0.1:8080");
        assertThat(Targets.ipOf(web)).contains(InetAddress.getByName("127.0.0.1"));
        assertThat(Targets.portOf("web", web)).isEqualTo(8080);
        Target path = Targets.parse("/tmp/netspec.sock");
        assertThat(Targets.ipOf(path)).isEmpty();
        assertThatThrownBy(() -> Targets.portOf("local", path)).isInstanceOf(ScenarioError.class)
                .hasMessage("\"local\" has no port (it is not reached by host and port); name a TCP or UDP server,"
                        + " service, link or stub");
    }

    @Test
    void onlyATargetReachedWithDatagramsSaysSo() {
        try (UdpServer sink = UdpServer.sink().named("sink").start(); TcpServer echo = TcpServer.echo().named("echo").start()) {
            assertThat(sink.datagram()).isTrue();
            assertThat(echo.datagram()).isFalse();
        }
    }
}
