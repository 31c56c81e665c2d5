package io.netspec.steps;

import io.netspec.fault.UdpRelay;

import java.util.ArrayList;
import java.util.List;

/** Which UDP links of the scenario lead to which target, so loss at a sink can be set against what was sent. */
public final class UdpLinks {
    private record Entry(String target, UdpRelay relay) {
    }

    private final List<Entry> links = new ArrayList<>();

    public synchronized void add(String target, UdpRelay relay) {
        links.add(new Entry(target, relay));
    }

    public synchronized List<UdpRelay> to(String target) {
        return links.stream().filter(e -> e.target().equals(target)).map(Entry::relay).toList();
    }
}
