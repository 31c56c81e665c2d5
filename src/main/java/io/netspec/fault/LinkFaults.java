package io.netspec.fault;

import io.netspec.packet.FaultTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Toxiproxy link's changes as faults on the timeline, at the times they took effect: each toxic (and
 * toxicity) from when it was added until the link was healed, the link down from when it went down until
 * it came back up or was healed; what is still in force at the end of the scenario lasts to the end.
 */
public final class LinkFaults {
    private LinkFaults() {
    }

    /** Puts the changes of the link named {@code link} on {@code timeline}. */
    public static void onto(FaultTimeline timeline, String link, List<LinkHistory.Change> changes) {
        List<FaultTimeline.Entry> toxics = new ArrayList<>();
        FaultTimeline.Entry down = null;
        Set<String> subjects = Set.of(link);
        for (LinkHistory.Change c : changes) {
            String words = "the link \"" + link + "\": " + c.words();
            switch (c.kind()) {
                case TOXIC, TOXICITY -> toxics.add(timeline.begin(FaultTimeline.Kind.TOXIC, words, subjects, c.nanos(), null));
                case DOWN -> {
                    if (down == null) {
                        down = timeline.begin(FaultTimeline.Kind.LINK_DOWN, words, subjects, c.nanos(), null);
                    }
                }
                case UP -> {
                    if (down != null) {
                        timeline.end(down, c.nanos());
                        down = null;
                    }
                }
                case HEALED -> {
                    toxics.forEach(t -> timeline.end(t, c.nanos()));
                    toxics.clear();
                    if (down != null) {
                        timeline.end(down, c.nanos());
                        down = null;
                    }
                }
            }
        }
    }
}
