package io.netspec.steps.host;

import io.cucumber.java.en.Then;
import io.netspec.host.ConnectCheck;
import io.netspec.host.Echoes;
import io.netspec.host.Host;
import io.netspec.host.PathCheck;
import io.netspec.host.Reachability;
import io.netspec.netns.ConnectError;
import io.netspec.socket.Hosts;
import io.netspec.steps.HostLab;
import io.netspec.steps.World;

import java.util.List;

/**
 * What a host reaches: an ICMP echo answered (or not), the routers on the way (as traceroute finds
 * them), and a TCP connect with the OS's own error.
 */
public final class ReachSteps {
    private final World world;
    private final HostLab lab;

    public ReachSteps(World world, HostLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @Then("host {text} reaches {text}")
    public void reaches(String hostName, String address) {
        world.log(Echoes.reaches(lab.host(hostName), address, lab::nextEcho, world.defaultWait()));
    }

    @Then("host {text} cannot reach {text}")
    public void cannotReach(String hostName, String address) {
        world.log(Echoes.cannotReach(lab.host(hostName), address, lab::nextEcho, world.defaultWait()));
    }

    @Then("hosts {text} reach {text}")
    public void hostsReach(String hosts, String address) {
        world.log(Reachability.expect(true, lab.hosts(hosts), List.of(Reachability.Target.of(Hosts.literal(address))),
                world.defaultWait(), lab::nextEchoes));
    }

    @Then("hosts {text} cannot reach {text}")
    public void hostsCannotReach(String hosts, String address) {
        world.log(Reachability.expect(false, lab.hosts(hosts), List.of(Reachability.Target.of(Hosts.literal(address))),
                world.defaultWait(), lab::nextEchoes));
    }

    @Then("host {text} reaches hosts {text}")
    public void reachesHosts(String host, String hosts) {
        world.log(Reachability.expect(true, List.of(lab.host(host)), lab.targets(hosts), world.defaultWait(), lab::nextEchoes));
    }

    @Then("host {text} cannot reach hosts {text}")
    public void cannotReachHosts(String host, String hosts) {
        world.log(Reachability.expect(false, List.of(lab.host(host)), lab.targets(hosts), world.defaultWait(), lab::nextEchoes));
    }

    @Then("the path from host {text} to {text} goes through {text}")
    public void pathGoesThrough(String hostName, String address, String routers) {
        checkPath(hostName, address, PathCheck.routers(routers, lab::host));
    }

    @Then("the path from host {text} to {text} crosses no router")
    public void pathCrossesNoRouter(String hostName, String address) {
        checkPath(hostName, address, List.of());
    }

    /** Traces the path as traceroute does, attaches it, and compares the routers it crossed with {@code expected}. */
    private void checkPath(String hostName, String address, List<String> expected) {
        world.log(PathCheck.goesThrough(lab.host(hostName), address, expected, lab.topology(), lab::host, lab::nextEcho,
                world.defaultWait(), world));
    }

    @Then("a TCP connection from host {text} to {text} fails with {text}")
    public void connectFails(String hostName, String targetName, String error) {
        ConnectError expected = ConnectError.named(error);
        Host host = lab.host(hostName);
        ConnectCheck.failsWith(host, world.target(targetName), expected, world.defaultWait(), world);
    }
}
