package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.Requirement;
import io.netspec.core.ScenarioError;
import io.netspec.testkit.Skip;
import io.netspec.fault.HostToxiproxy;
import io.netspec.fault.Link;
import io.netspec.testkit.fault.ToxiproxyOrSkip;
import io.netspec.http.HttpCall;
import io.netspec.http.HttpCaller;
import io.netspec.http.HttpOutcome;
import io.netspec.http.HttpStub;
import io.netspec.mail.Mail;
import io.netspec.mail.MailAddress;
import io.netspec.mail.MailServer;
import io.netspec.mail.SendOutcome;
import io.netspec.mail.SmtpClient;
import io.netspec.measure.DatagramTrips;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.TcpClient;
import io.netspec.socket.TcpServer;
import io.netspec.socket.TcpService;
import io.netspec.socket.UdpClient;
import io.netspec.socket.UdpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * netspec's own clients, stubs and links on real hosts, "web" on one network and "db" on another, with the
 * router "gw" between: each makes its sockets inside its host, so each reaches across netspec's networks.
 */
class ServicesOnHostsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static Topology topology;
    private static Network office;
    private static Network dc;
    private static Host web;
    private static Host db;
    private static Host gw;

    @BeforeAll
    static void hosts() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        topology = new Topology();
        office = topology.network("office", "192.168.8.0/24");
        dc = topology.network("dc", "10.0.0.0/8");
        web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.8.10"))), false);
        db = topology.host("db", List.of(new Topology.Join(dc, IpAddress.parse("10.0.0.5"))), false);
        gw = topology.host("gw", List.of(new Topology.Join(office, IpAddress.parse("192.168.8.1")),
                new Topology.Join(dc, IpAddress.parse("10.0.0.1"))), true);
    }

    @AfterAll
    static void close() {
        if (web != null) {
            for (AutoCloseable c : List.<AutoCloseable>of(web, db, gw, office, dc)) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void anHttpStubOnOneHostAnswersTheHttpClientOfAnother() {
        try (HttpStub stub = HttpStub.start("api", db)) {
            stub.answer("GET", "/hi", 200, "hi", Duration.ZERO);
            HttpOutcome outcome = HttpCaller.call(HttpCall.get("/hi"), stub, WAIT, null, web);
            assertThat(outcome.failed()).as(outcome.describe()).isFalse();
            assertThat(outcome.bodyBytes()).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> HttpCaller.call(HttpCall.get("/hi"), stub, WAIT, null, SocketPlace.HERE))
                    .isInstanceOf(ScenarioError.class).hasMessageContaining("which is inside host \"db\"");
        }
    }

    @Test
    void anSmtpServerOnOneHostTakesAMailSentFromAnother() {
        try (MailServer server = MailServer.start("mail", db)) {
            MailAddress bob = new MailAddress("bob@example.org");
            SendOutcome sent = new SmtpClient().send(new Mail(new MailAddress("ann@example.org"), List.of(bob), "Hello",
                    "across"), server, WAIT, web);
            assertThat(sent.failed()).as(sent.describe()).isFalse();
            assertThat(server.awaitMailbox(bob, m -> m.subject().equals("Hello"), 1, WAIT)).hasSize(1);
        }
    }

    @Test
    void aLinkOnTheRouterCarriesAClientOnOneHostToAServerOnAnother() {
        ToxiproxyOrSkip.server();
        try (TcpServer echo = TcpServer.echo().named("echo").inside(db).start();
             Link link = Link.open(HostToxiproxy.of(gw), "wan", echo);
             TcpClient alice = TcpClient.connect("alice", link, WAIT, null, web)) {
            assertThat(link.address().toString()).contains("192.168.8.1:");
            alice.send("through gw".getBytes(StandardCharsets.UTF_8));
            assertThat(alice.receive(10, WAIT)).isEqualTo("through gw".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLinkInThisMachinesNamespaceToAServiceOnAHostIsRefusedAtOnce() {
        try (TcpServer echo = TcpServer.echo().named("echo").inside(db).start()) {
            TcpService service = TcpService.at("redis", "10.0.0.5:" + echo.port(), WAIT, db);
            assertThatThrownBy(() -> Link.open(ToxiproxyOrSkip.server(), "wan", service)).isInstanceOf(ScenarioError.class)
                    .hasMessageContaining("the link \"wan\" in this machine's own network namespace cannot reach");
        }
    }

    @Test
    void udpRoundTripsOfFourBytesGoFromAClientOnAHost() {
        try (UdpServer echo = UdpServer.echo().named("uecho").inside(db).start();
             UdpClient bob = new UdpClient("bob", web)) {
            DatagramTrips trips = DatagramTrips.measure(bob, "ping".getBytes(StandardCharsets.UTF_8), echo, 10, WAIT);
            assertThat(trips.lost()).isZero();
            assertThat(trips.trips().count()).isEqualTo(10);
        }
    }
}
