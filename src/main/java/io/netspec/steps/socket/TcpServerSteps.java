package io.netspec.steps.socket;

import io.cucumber.java.en.Given;
import io.netspec.core.Settings;
import io.netspec.socket.ExternalService;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpServer;
import io.netspec.socket.TcpService;
import io.netspec.steps.EndpointOpening;
import io.netspec.steps.Endpoints;
import io.netspec.steps.SocketLedger;
import io.netspec.steps.Where;
import io.netspec.steps.World;
import io.netspec.text.Size;

import java.nio.file.Path;
import java.time.Duration;

/** TCP servers netspec starts (here or on a host), and TCP services it finds running or starts as a process. */
public final class TcpServerSteps {
    private static final Where HERE = new Where(null);

    private final World world;
    private final SocketLedger ledger;
    private final EndpointOpening opening;

    public TcpServerSteps(World world, SocketLedger ledger, EndpointOpening opening) {
        this.world = world;
        this.ledger = ledger;
        this.opening = opening;
    }

    // ---- servers ------------------------------------------------------------------------------

    @Given("a TCP echo server {text}{place}")
    public void echoServer(String name, Where where) {
        opening.tcpServer(name, where, TcpServer.echo());
    }

    @Given("a TCP echo server {text} on {text}")
    public void echoServerOn(String name, String host) {
        opening.tcpServer(name, HERE, TcpServer.echo().on(Hosts.literal(host)));
    }

    @Given("a TCP sink server {text}{place}")
    public void sinkServer(String name, Where where) {
        opening.tcpServer(name, where, TcpServer.sink());
    }

    @Given("a TCP sink server {text} on {text}")
    public void sinkServerOn(String name, String host) {
        opening.tcpServer(name, HERE, TcpServer.sink().on(Hosts.literal(host)));
    }

    @Given("a TCP server {text}{place} that replies {payload} to {payload}")
    public void replyServer(String name, Where where, byte[] reply, byte[] request) {
        opening.tcpServer(name, where, TcpServer.replying(reply, request));
    }

    @Given("a TCP server {text}{place} that closes every connection at once")
    public void closingServer(String name, Where where) {
        opening.tcpServer(name, where, TcpServer.closingAtOnce());
    }

    @Given("a TCP server {text}{place} that never answers")
    public void silentServer(String name, Where where) {
        opening.tcpServer(name, where, TcpServer.neverAnswering());
    }

    @Given("a TCP server {text}{place} that closes each connection after reading {size}")
    public void closingAfterServer(String name, Where where, Size limit) {
        opening.tcpServer(name, where, TcpServer.closingAfter(limit));
    }

    // ---- services -----------------------------------------------------------------------------

    @Given("the TCP service {text} at {text}")
    public void service(String name, String hostPort) {
        TcpService service = world.register(name, "TCP service", TcpService.at(name, hostPort, world.defaultWait()));
        world.log(service.describe() + " is up");
    }

    @Given("the TCP service {text} started with {text}")
    public void startedService(String name, String command) {
        ExternalService service = Endpoints.keep(world, name, "TCP service", ExternalService.start(name,
                ExternalService.split(command), projectDir(), Duration.ofSeconds(10)));
        ledger.add("output of \"" + name + "\"", () -> service + "\n\n" + service.output());
        world.log(service.describe() + " started with " + command);
    }

    /** For a program that announces its port inside a sentence, such as Python's "Serving HTTP on … port 40321". */
    @Given("the TCP service {text} started with {text} printing its port after {text}")
    public void startedServicePrinting(String name, String command, String prefix) {
        ExternalService service = Endpoints.keep(world, name, "TCP service", ExternalService.start(name,
                ExternalService.split(command), projectDir(), Duration.ofSeconds(10), prefix));
        ledger.add("output of \"" + name + "\"", () -> service + "\n\n" + service.output());
        world.log(service.describe() + " started with " + command + ", its port read after \"" + prefix + "\"");
    }

    private static Path projectDir() {
        return Settings.system().projectFolder();
    }
}
