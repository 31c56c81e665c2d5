package io.netspec.steps.host;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.netspec.host.Topology;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpServer;
import io.netspec.steps.Endpoints;
import io.netspec.steps.HostLab;
import io.netspec.steps.World;

import java.util.List;

/** Routers that translate addresses (private networks behind one public address), their port forwards, and what servers saw. */
public final class TranslationSteps {
    private final World world;
    private final HostLab lab;

    public TranslationSteps(World world, HostLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @Given("a router {text} at {text} on {text} and {text} on {text} that translates addresses")
    public void translating(String name, String address1, String network1, String address2, String network2) {
        translating(name, List.of(lab.join(name, address1, network1), lab.join(name, address2, network2)), null);
    }

    @Given("a router {text} at {text} on {text} and {text} on {text} that translates the addresses of {text}")
    public void translatingNamed(String name, String address1, String network1, String address2, String network2, String inside) {
        translating(name, List.of(lab.join(name, address1, network1), lab.join(name, address2, network2)), inside);
    }

    private void translating(String name, List<Topology.Join> joins, String inside) {
        Endpoints.keep(world, name, "host", lab.topology().translatingRouter(name, joins, inside));
        world.log(lab.topology().translator(name).describe());
    }

    @Given("the router {text} forwards port {number} to {text}")
    public void forwards(String router, long port, String target) {
        world.log(lab.topology().translator(router).forward(port, world.target(target)));
    }

    @Then("the TCP server {text} saw connections from {text} only")
    public void sawConnectionsFrom(String name, String address) throws InterruptedException {
        TcpServer server = world.lookup(name, TcpServer.class, "TCP server");
        world.log(server.expectPeersOnly(Hosts.literal(address), world.defaultWait()));
    }
}
