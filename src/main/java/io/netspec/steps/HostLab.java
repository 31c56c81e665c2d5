package io.netspec.steps;

import io.netspec.address.IpAddress;
import io.netspec.core.ScenarioError;
import io.netspec.fault.HostToxiproxy;
import io.netspec.fault.SharedToxiproxy;
import io.netspec.fault.ToxiproxyServer;
import io.netspec.host.CutRehearsal;
import io.netspec.host.Host;
import io.netspec.host.HostNames;
import io.netspec.host.Network;
import io.netspec.host.Places;
import io.netspec.host.Program;
import io.netspec.host.Reachability;
import io.netspec.host.Topology;
import io.netspec.ostable.SocketTable;
import io.netspec.socket.SocketPlace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The scenario's hosts and networks as one {@link Topology}, and the programs it started, so the host
 * hooks can draw and attach them after the scenario; the topology rehearses the JVM's first cut once it
 * has two hosts apart ({@link CutRehearsal}). Injected into the host step classes; no logic.
 */
public final class HostLab {
    private final World world;
    private final Topology topology = new Topology();
    private final List<Program> programs = new ArrayList<>();
    private final Map<String, Host> endpoints = new HashMap<>();
    private int echoes;

    public HostLab(World world) {
        this.world = world;
        topology.afterHostsMade(CutRehearsal::once);
    }

    public Topology topology() {
        return topology;
    }

    public Host host(String name) {
        return world.lookup(name, Host.class, "host");
    }

    /** The hosts {@code names} gives: "node1..node100", "web, app" ({@link HostNames}). */
    public List<Host> hosts(String names) {
        return HostNames.parse(names).stream().map(this::host).toList();
    }

    /** The hosts {@code names} gives, as the targets of ICMP echoes. */
    public List<Reachability.Target> targets(String names) {
        return hosts(names).stream().map(Reachability.Target::of).toList();
    }

    /** The place a phrase names: the host's own namespace, or this machine's. */
    public SocketPlace place(Where where) {
        return where.onHost() ? host(where.host()) : SocketPlace.HERE;
    }

    /** The Toxiproxy server for links listening in {@code place}: the shared one here, the host's own on a host. */
    public ToxiproxyServer toxiproxy(SocketPlace place) {
        return Places.hostOf(place).map(HostToxiproxy::of).orElseGet(SharedToxiproxy::server);
    }

    public Network network(String name) {
        return world.lookup(name, Network.class, "network");
    }

    /** A host's place on a network as a step names it: the network looked up, the address parsed. */
    public Topology.Join join(String host, String address, String network) {
        Network n = network(network);
        IpAddress ip;
        try {
            ip = IpAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of("\"" + address + "\" cannot be the address of \"" + host + "\" on \""
                    + network + "\": " + e.getMessage() + "; \"" + network + "\" is " + n.range().describe(), e);
        }
        return new Topology.Join(n, ip);
    }

    public synchronized Program program(Program program) {
        programs.add(program);
        return program;
    }

    public synchronized List<Program> programs() {
        return List.copyOf(programs);
    }

    /** Notes that the endpoint {@code name} was opened inside {@code place}, when that is a host. */
    public synchronized void placed(String name, SocketPlace place) {
        Places.hostOf(place).ifPresent(host -> endpoints.put(name, host));
    }

    /**
     * How to read the OS socket table that shows {@code names}: the table of each host they live on, and
     * this machine's own when any of them is not on a host (one reading, all tables joined).
     */
    public synchronized Supplier<SocketTable> tableOf(String... names) {
        Set<Host> hosts = new LinkedHashSet<>();
        boolean here = false;
        for (String name : names) {
            Host host = endpoints.get(name);
            if (host == null) {
                here = true;
            } else {
                hosts.add(host);
            }
        }
        if (hosts.isEmpty()) {
            return SocketTable::read;
        }
        boolean andHere = here;
        return () -> {
            SocketTable table = andHere ? SocketTable.read() : new SocketTable(List.of(), List.of());
            for (Host host : hosts) {
                table = table.and(host.readProcNet(SocketTable::read));
            }
            return table;
        };
    }

    public synchronized int nextEcho() {
        return ++echoes;
    }

    /** The first of {@code count} echo sequence numbers for this scenario's use alone. */
    public synchronized int nextEchoes(int count) {
        int first = echoes + 1;
        echoes += count;
        return first;
    }
}
