package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.NetspecFailure;
import io.netspec.core.Requirement;
import io.netspec.core.ScenarioError;
import io.netspec.socket.TcpServer;
import io.netspec.testkit.Skip;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service on a real host is up once it accepts a connection from that host, and not up when nothing listens. */
class ServiceStartTest {
    @Test
    void aListeningServiceIsUpAndAClosedPortIsNot() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        Topology topology = new Topology();
        Network office = topology.network("office", "192.168.1.0/24");
        try (office; Host db = topology.host("db", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.20"))), false);
             TcpServer echo = TcpServer.echo().named("echo").on(db.address(4)).inside(db).start()) {
            String at = "192.168.1.20:" + echo.port();
            assertThat(ServiceStart.awaitUp("echo", at, db, Duration.ofSeconds(1))).isEqualTo(ServiceStart.LEAST);
            assertThat(ServiceStart.awaitUp("echo", at, db, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
            echo.close();
            assertThatThrownBy(() -> ServiceStart.awaitUp("gone", at, db, Duration.ofSeconds(1)))
                    .isInstanceOf(NetspecFailure.class)
                    .hasMessageStartingWith("the TCP service \"gone\" at " + at + " is not up: expected it to accept a"
                            + " connection made from host \"db\" within 10 s, but the last try ended with: ");
        }
    }

    @Test
    void anAddressThatIsNoHostAndPortIsTheScenariosError() {
        assertThatThrownBy(() -> ServiceStart.awaitUp("echo", "/tmp/socket", null, Duration.ofSeconds(1)))
                .isInstanceOf(ScenarioError.class)
                .hasMessage("\"/tmp/socket\" is not a host:port address such as \"192.168.1.20:8000\"");
    }
}
