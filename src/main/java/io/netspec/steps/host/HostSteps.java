package io.netspec.steps.host;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.netspec.address.IpAddress;
import io.netspec.host.Host;
import io.netspec.host.HostNames;
import io.netspec.host.Network;
import io.netspec.host.NetworkRange;
import io.netspec.host.Refusals;
import io.netspec.host.ServiceStart;
import io.netspec.host.Topology;
import io.netspec.socket.TcpService;
import io.netspec.steps.Endpoints;
import io.netspec.steps.HostLab;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

import java.time.Duration;
import java.util.List;

/** Networks, hosts, routers and programs on hosts: each a real namespace, switch or process. */
public final class HostSteps {
    private final World world;
    private final HostLab lab;
    private final PacketLab packets;

    public HostSteps(World world, HostLab lab, PacketLab packets) {
        this.world = world;
        this.lab = lab;
        this.packets = packets;
    }

    @Given("a network {text} on {text}")
    public void network(String name, String range) {
        Network network = Endpoints.keep(world, name, "network", lab.topology().network(name, range));
        packets.treatment(network); // every network captures from the moment it is made
        world.log("network \"" + name + "\" on " + network.range().describe()
                + (network.range().classfulDefault() ? " (no prefix length given: the classful default mask /"
                + network.cidr().length() + ")" : ""));
    }

    @Given("a host {text} at {text} on {text}")
    public void host(String name, String address, String network) {
        Topology.Join join = lab.join(name, address, network);
        Host host = Endpoints.keep(world, name, "host", lab.topology().host(name, List.of(join), false));
        world.log("host \"" + name + "\" at " + join.address() + " on \"" + network + "\" (" + host.attachments().get(0).mac()
                + ")" + gatewayNote(name));
    }

    @Given("{count} hosts {text} to {text} on {text}")
    public void hosts(int count, String first, String last, String network) {
        List<Host> made = lab.topology().hosts(HostNames.range(count, first, last), lab.network(network));
        Endpoints.keepAll(world, "host", made, Host::name);
        world.log(count + " hosts " + Host.describe(made) + " on \"" + network + "\"");
    }

    @Given("a router {text} at {text} on {text} and {text} on {text}")
    public void router(String name, String address1, String network1, String address2, String network2) {
        router(name, List.of(lab.join(name, address1, network1), lab.join(name, address2, network2)));
    }

    @Given("a router {text} at {text} on {text}, {text} on {text} and {text} on {text}")
    public void router(String name, String address1, String network1, String address2, String network2,
                       String address3, String network3) {
        router(name, List.of(lab.join(name, address1, network1), lab.join(name, address2, network2),
                lab.join(name, address3, network3)));
    }

    private void router(String name, List<Topology.Join> joins) {
        Endpoints.keep(world, name, "host", lab.topology().host(name, joins, true));
        world.log("router \"" + name + "\" at " + String.join(", ", joins.stream()
                .map(j -> j.address() + " on \"" + j.network().name() + "\"").toList()) + ", forwarding between them");
    }

    private String gatewayNote(String host) {
        IpAddress v4 = lab.topology().gateway(host, 4);
        IpAddress v6 = lab.topology().gateway(host, 6);
        return (v4 == null ? "" : ", default gateway " + v4) + (v6 == null ? "" : ", IPv6 default gateway " + v6);
    }

    @Then("a host at {text} on {text} is refused")
    public void refused(String address, String network) {
        String why = Refusals.hostAt(address, lab.network(network));
        world.attach("why a host at " + address + " on \"" + network + "\" is refused", why);
        world.log(why);
    }

    @Then("a network on {text} is refused")
    public void networkRefused(String range) {
        String why = NetworkRange.refusal(range);
        world.attach("why a network on " + range + " is refused", why);
        world.log(why);
    }

    @Given("the TCP service {text} at {text} on host {text}")
    public void service(String name, String hostPort, String hostName) {
        Host host = lab.host(hostName);
        Duration wait = ServiceStart.awaitUp(name, hostPort, host, world.defaultWait());
        TcpService service = world.register(name, "TCP service", TcpService.at(name, hostPort, wait, host));
        lab.placed(name, host);
        world.log(service.describe() + " accepts connections made from host \"" + hostName + "\"");
    }
}
