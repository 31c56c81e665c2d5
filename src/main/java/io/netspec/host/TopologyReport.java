package io.netspec.host;

import io.netspec.core.Evidence;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A scenario's hosts for its report: the topology as a picture, the switches' counters, how hosts ran
 * (as root or rootless), each translating router's connection tracking, and every program's output.
 */
public final class TopologyReport {
    private TopologyReport() {
    }

    /** Attaches all of it, when the scenario made any network or host. */
    public static void attach(Topology topology, List<Program> programs, Evidence evidence) {
        if (topology.isEmpty()) {
            return;
        }
        evidence.attach("topology", "image/svg+xml", topology.svg().getBytes(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder(topology.describe()).append('\n');
        for (Network network : topology.networks()) {
            text.append(network.counters()).append('\n');
        }
        text.append("hosts ran ").append(Capability.mode()).append('\n');
        evidence.attach("networks and their switches", text.toString());
        for (Translator router : topology.translators()) {
            evidence.attach("connection tracking of router \"" + router.name() + "\"", router.connections() + "\n"
                    + router.rules());
        }
        for (Program program : programs) {
            evidence.attach("output of " + program.describe(), program.report());
        }
    }
}
