package io.netspec.steps.fault;

import io.cucumber.java.After;
import io.netspec.fault.Link;
import io.netspec.fault.LinkReports;
import io.netspec.fault.UdpRelay;
import io.netspec.steps.World;

/** Attaches the faults each link carried, so a report reader sees what the scenario was up against. */
public final class FaultHooks {
    private final World world;

    public FaultHooks(World world) {
        this.world = world;
    }

    /** Runs before the World closes the links (order above 0). */
    @After(order = 100)
    public void attachLinkSettings() {
        LinkReports.attach(world.all(Link.class), world.all(UdpRelay.class), world);
    }
}
