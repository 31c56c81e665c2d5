package io.netspec.steps.host;

import io.cucumber.java.en.Then;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.host.Host;
import io.netspec.host.PathTrace;
import io.netspec.host.Reachability;
import io.netspec.netns.ConnectError;
import io.netspec.netns.Probes;
import io.netspec.socket.Hosts;
import io.netspec.socket.Target;
import io.netspec.steps.HostLab;
import io.netspec.steps.World;
import io.netspec.text.Durations;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Duration wait = world.defaultWait();
        Optional<Duration> rtt = echo(hostName, address, wait);
        if (rtt.isEmpty()) {
            throw ExpectationFailure.of("expected host \"" + hostName + "\" to reach " + address + " (an ICMP echo answered"
                    + " within " + Durations.format(wait) + "), but no echo reply came");
        }
        world.log("host \"" + hostName + "\" reached " + address + ": ICMP echo answered in " + Durations.format(rtt.get()));
    }

    @Then("host {text} cannot reach {text}")
    public void cannotReach(String hostName, String address) {
        Duration wait = world.defaultWait();
        Optional<Duration> rtt = echo(hostName, address, wait);
        if (rtt.isPresent()) {
            throw ExpectationFailure.of("expected host \"" + hostName + "\" not to reach " + address + ", but an ICMP echo"
                    + " was answered in " + Durations.format(rtt.get()));
        }
        world.log("host \"" + hostName + "\" cannot reach " + address + ": no ICMP echo answered within " + Durations.format(wait));
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

    /** The round trip of one ICMP echo from the host to the address, if answered within {@code wait}. */
    private Optional<Duration> echo(String hostName, String address, Duration wait) {
        Host host = lab.host(hostName);
        InetAddress to = Hosts.literal(address);
        return host.echo(to, lab.nextEcho(), wait);
    }

    @Then("the path from host {text} to {text} goes through {text}")
    public void pathGoesThrough(String hostName, String address, String routers) {
        List<String> expected = new ArrayList<>();
        for (String name : routers.split(",")) {
            String router = name.strip();
            if (!lab.host(router).isRouter()) {
                throw ScenarioError.of("\"" + router + "\" is a host, not a router: a path goes through routers only;"
                        + " expected router names separated by commas, such as \"gw1, gw2\"");
            }
            expected.add(router);
        }
        checkPath(hostName, address, expected);
    }

    @Then("the path from host {text} to {text} crosses no router")
    public void pathCrossesNoRouter(String hostName, String address) {
        checkPath(hostName, address, List.of());
    }

    /** Traces the path as traceroute does, attaches it, and compares the routers it crossed with {@code expected}. */
    private void checkPath(String hostName, String address, List<String> expected) {
        Host host = lab.host(hostName);
        Duration wait = world.defaultWait();
        PathTrace trace = PathTrace.of(host, Hosts.literal(address), lab::nextEcho, wait);
        world.attach("path from host \"" + hostName + "\" to " + address, trace.describe(this::named));
        List<String> crossed = trace.routers().stream()
                .map(hop -> hop.map(a -> lab.topology().hostAt(a).orElse(a.getHostAddress())).orElse("no answer"))
                .toList();
        String seen = (crossed.isEmpty() ? "no router" : "\"" + String.join(", ", crossed) + "\"")
                + ", then " + trace.ending(this::named);
        if (!trace.reached() || !crossed.equals(expected)) {
            throw ExpectationFailure.of("expected the path from host \"" + hostName + "\" to " + address + " to "
                    + (expected.isEmpty() ? "cross no router" : "go through \"" + String.join(", ", expected) + "\"")
                    + " and reach it, but it went through " + seen);
        }
        world.log("the path from host \"" + hostName + "\" to " + address + " went through " + seen);
    }

    private String named(InetAddress address) {
        return lab.topology().hostAt(address).map(name -> lab.host(name).toString())
                .orElse("an address on none of the scenario's networks");
    }

    @Then("a TCP connection from host {text} to {text} fails with {text}")
    public void connectFails(String hostName, String targetName, String error) {
        ConnectError expected = ConnectError.named(error);
        Host host = lab.host(hostName);
        Target target = world.target(targetName);
        if (!(target.address() instanceof InetSocketAddress address)) {
            throw ScenarioError.of(target.describe() + " is not a host:port address; a TCP connection needs one");
        }
        Duration wait = world.defaultWait();
        Probes.ConnectOutcome outcome = host.connect(address.getAddress(), address.getPort(), wait);
        world.attach("OS answer to a TCP connection from host \"" + hostName + "\" to " + target.describe(),
                outcome.osWords() + " after " + Durations.format(outcome.took()));
        if (!expected.matches(outcome)) {
            throw ExpectationFailure.of("expected a TCP connection from host \"" + hostName + "\" to " + target.describe()
                    + " to fail with \"" + expected.words() + "\", but " + (outcome.connected() ? "it connected"
                    : outcome.timedOut() ? "no answer came within " + Durations.format(wait) : "it failed with " + outcome.osWords())
                    + " after " + Durations.format(outcome.took()));
        }
    }
}
