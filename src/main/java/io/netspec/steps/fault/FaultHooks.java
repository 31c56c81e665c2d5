package io.netspec.steps.fault;

import io.cucumber.java.After;
import io.netspec.fault.Link;
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
        for (Link link : world.all(Link.class)) {
            StringBuilder text = new StringBuilder(link.describe()).append(", Toxiproxy proxy ")
                    .append(link.proxyName()).append('\n');
            if (link.applied().isEmpty()) {
                text.append("  no toxics\n");
            }
            link.applied().forEach(toxic -> text.append("  ").append(toxic).append('\n'));
            world.attach("toxics of the link \"" + link.name() + "\"", text.toString());
        }
        for (UdpRelay relay : world.all(UdpRelay.class)) {
            world.attach("UDP link settings and counts", relay.counts());
        }
    }
}
