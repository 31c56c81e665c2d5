package io.netspec.steps.fault;

import io.cucumber.java.After;
import io.netspec.core.NetspecFailure;
import io.netspec.packet.FaultTimeline;
import io.netspec.steps.FaultLab;
import io.netspec.steps.World;

import java.nio.charset.StandardCharsets;

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
        RuntimeException failure = lab.faults().failure();
        try {
            lab.faults().close();
        } finally {
            lab.linksOntoTimeline();
            FaultTimeline timeline = lab.timeline();
            if (!timeline.isEmpty()) {
                world.attach("fault timeline", FaultTimeline.MEDIA_TYPE,
                        timeline.data(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (failure != null) {
            throw NetspecFailure.of("a fault could not be applied or undone on time: " + failure.getMessage(), failure);
        }
    }
}
