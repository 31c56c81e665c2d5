package io.netspec.steps.fault;

import io.cucumber.java.After;
import io.netspec.packet.FaultsEnding;
import io.netspec.steps.FaultLab;
import io.netspec.steps.World;

/**
 * Ends every fault of the scenario still lasting (cuts healed, cables plugged back in, networks up, the
 * fault thread stopped) before anything attaches captures or closes the networks (the highest order of
 * the after-hooks), puts what was done to the scenario's Toxiproxy links on the fault timeline, then
 * attaches the timeline, which the report draws beside the steps.
 */
public final class TimelineHooks {
    private final World world;
    private final FaultLab lab;

    public TimelineHooks(World world, FaultLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @After(order = 120)
    public void endFaultsAndAttachTimeline() {
        FaultsEnding.endAndAttach(lab.faults(), lab::linksOntoTimeline, world);
    }
}
