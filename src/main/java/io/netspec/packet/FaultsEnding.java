package io.netspec.packet;

import io.netspec.core.Evidence;
import io.netspec.core.NetspecFailure;

import java.nio.charset.StandardCharsets;

/** The end of a scenario's faults: every one still lasting undone, then the fault timeline attached. */
public final class FaultsEnding {
    private FaultsEnding() {
    }

    /**
     * Closes {@code faults} (cuts healed, cables back, networks up, the fault thread stopped), then, whatever
     * closing did, runs {@code beforeAttaching} (what else goes on the timeline) and attaches the timeline when it
     * holds anything; fails afterwards when a fault could not be applied or undone on time.
     */
    public static void endAndAttach(Faults faults, Runnable beforeAttaching, Evidence evidence) {
        RuntimeException failure = faults.failure();
        try {
            faults.close();
        } finally {
            beforeAttaching.run();
            FaultTimeline timeline = faults.timeline();
            if (!timeline.isEmpty()) {
                evidence.attach("fault timeline", FaultTimeline.MEDIA_TYPE,
                        timeline.data(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (failure != null) {
            throw NetspecFailure.of("a fault could not be applied or undone on time: " + failure.getMessage(), failure);
        }
    }
}
