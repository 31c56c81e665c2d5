package io.netspec.steps;

import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Program;
import io.netspec.host.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's hosts and networks as one {@link Topology}, and the programs it started, so the host
 * hooks can draw and attach them after the scenario. Injected into the host step classes; no logic.
 */
public final class HostLab {
    private final World world;
    private final Topology topology = new Topology();
    private final List<Program> programs = new ArrayList<>();
    private int echoes;

    public HostLab(World world) {
        this.world = world;
    }

    Topology topology() {
        return topology;
    }

    Host host(String name) {
        return world.lookup(name, Host.class, "host");
    }

    Network network(String name) {
        return world.lookup(name, Network.class, "network");
    }

    synchronized void program(Program program) {
        programs.add(program);
    }

    synchronized List<Program> programs() {
        return List.copyOf(programs);
    }

    synchronized int nextEcho() {
        return ++echoes;
    }
}
