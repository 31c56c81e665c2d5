package io.netspec.host;

import io.netspec.packet.FaultTimeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Puts what netspec did to programs on the scenario's fault timeline, beside the network's faults: a
 * pause from its SIGSTOP to its SIGCONT, a kill and a restart at the moment they were done. Its subjects
 * are the program's name and its host's, so a reader finds it by either.
 */
public final class ProgramTimeline implements Consumer<ProgramEvent> {
    private final FaultTimeline timeline;
    private final Map<String, FaultTimeline.Entry> pauses = new HashMap<>();

    public ProgramTimeline(FaultTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public synchronized void accept(ProgramEvent event) {
        List<String> subjects = List.of(event.program(), event.host());
        String who = "\"" + event.program() + "\" on host \"" + event.host() + "\"";
        switch (event.kind()) {
            case PAUSED -> pauses.put(event.program(), timeline.begin(FaultTimeline.Kind.PROGRAM, who + " paused for "
                    + event.lasting().toMillis() + " ms (SIGSTOP, then SIGCONT, to its whole tree)", subjects, event.nanos(), null));
            case RESUMED -> {
                FaultTimeline.Entry pause = pauses.remove(event.program());
                if (pause != null) {
                    timeline.end(pause, event.nanos());
                }
            }
            case KILLED, RESTARTED -> timeline.end(timeline.begin(FaultTimeline.Kind.PROGRAM, who + " " + event.kind().words(),
                    subjects, event.nanos(), null), event.nanos());
            default -> {
                // started, ended by itself, stopped after the scenario: not faults
            }
        }
    }
}
