package io.netspec.steps.host;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.netspec.core.Requirement;
import io.netspec.host.Capability;
import io.netspec.host.TopologyReport;
import io.netspec.steps.HostLab;
import io.netspec.steps.Skips;
import io.netspec.steps.World;

import java.util.Optional;

/**
 * Skips every {@code @hosts} scenario, with the blocker and its fix, where hosts cannot run (not Linux,
 * no /dev/net/tun, no user namespaces, ...), or fails it with the same reason where {@code netspec.require}
 * names hosts; after a scenario with hosts, attaches its topology as a picture, the switches' counters,
 * how hosts ran (as root or rootless) and every program's output, before the World closes them (order above 0).
 */
public final class HostHooks {
    private final World world;
    private final HostLab lab;

    public HostHooks(World world, HostLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @Before(value = "@hosts", order = 10)
    public void skipWhereHostsCannotRun(Scenario scenario) {
        Optional<String> missing = Capability.missing();
        if (missing.isPresent()) {
            scenario.log("skipped: " + missing.get());
            throw Skips.skipOrFail(Requirement.HOSTS, missing.get());
        }
    }

    @After(order = 100)
    public void attachTopology() {
        TopologyReport.attach(lab.topology(), lab.programs(), world);
    }
}
