package io.netspec.host;

import io.netspec.core.ScenarioError;

import java.net.InetAddress;
import java.util.List;

/**
 * The names a fault step gives, looked up in the scenario's topology: hosts (routers included), a list
 * of them such as "web, app" or a range such as "node1..node100" ({@link HostNames}), networks; each unknown name fails naming it and what the scenario has.
 */
final class Names {
    private final Topology topology;

    Names(Topology topology) {
        this.topology = topology;
    }

    /** The hosts a list such as "web, app", a range such as "node1..node100", or both name, each once. */
    List<Host> hosts(String list) {
        return HostNames.parse(list).stream().map(this::host).toList();
    }

    Host host(String name) {
        return topology.host(name).orElseThrow(() -> ScenarioError.of("there is no host named \"" + name
                + "\" in this scenario; its hosts and routers: " + quoted(names(topology.hosts()))));
    }

    Network network(String name) {
        return topology.network(name).orElseThrow(() -> ScenarioError.of("there is no network named \"" + name
                + "\" in this scenario; its networks: " + quoted(topology.networks().stream().map(Network::name).toList())));
    }

    static List<InetAddress> addresses(List<Host> hosts) {
        return hosts.stream().flatMap(h -> h.attachments().stream()).map(a -> a.address().toInetAddress()).toList();
    }

    static List<String> names(List<Host> hosts) {
        return hosts.stream().map(Host::name).toList();
    }

    static String networksOf(Host host) {
        return quoted(host.networks().stream().map(Network::name).toList());
    }

    static String quoted(List<String> names) {
        return names.isEmpty() ? "(none)" : "\"" + String.join("\", \"", names) + "\"";
    }
}
