package io.netspec.packet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scenario's faults cut, asked by every network's treatment about every frame before anything
 * else: networks that are down (every frame dropped, ARP too), hosts whose cable is pulled (every frame
 * from or to their port), and {@link CutRule}s between IP addresses (address resolution passes them).
 * A change publishes a new immutable state with one volatile write, so the next frame the switch reads
 * is judged by it; with nothing cut, judging a frame costs one volatile read. Thread-safe.
 */
public final class Cuts {
    /** Why a frame was cut, and the rule that cut it (null for an outage or a pulled cable). */
    record Verdict(String why, CutRule rule) {
        boolean reject() {
            return rule != null && rule.kind() == CutRule.Kind.REJECT;
        }
    }

    private record State(List<CutRule> rules, Set<String> down, Set<String> pulled) {
        boolean empty() {
            return rules.isEmpty() && down.isEmpty() && pulled.isEmpty();
        }
    }

    private static final State NOTHING = new State(List.of(), Set.of(), Set.of());

    private volatile State state = NOTHING;

    public synchronized void add(CutRule rule) {
        List<CutRule> rules = new ArrayList<>(state.rules);
        rules.add(rule);
        state = new State(List.copyOf(rules), state.down, state.pulled);
    }

    public synchronized void remove(CutRule rule) {
        List<CutRule> rules = new ArrayList<>(state.rules);
        rules.remove(rule);
        state = new State(List.copyOf(rules), state.down, state.pulled);
    }

    /** Takes {@code network} down (every frame on it dropped) or brings it back. */
    public synchronized void down(String network, boolean down) {
        state = new State(state.rules, changed(state.down, network, down), state.pulled);
    }

    /** Marks {@code host}'s cable pulled (every frame from or to its ports dropped) or plugged back in. */
    public synchronized void pulled(String host, boolean pulled) {
        state = new State(state.rules, state.down, changed(state.pulled, host, pulled));
    }

    public boolean isDown(String network) {
        return state.down.contains(network);
    }

    public boolean isPulled(String host) {
        return state.pulled.contains(host);
    }

    /** The rules in force now, oldest first. */
    public List<CutRule> rules() {
        return state.rules;
    }

    private static Set<String> changed(Set<String> names, String name, boolean in) {
        Set<String> changed = new HashSet<>(names);
        if (in) {
            changed.add(name);
        } else {
            changed.remove(name);
        }
        return Set.copyOf(changed);
    }

    /** Why the frame {@code crossing} (read as {@code packet}) is cut on {@code network}, or null when it passes. */
    Verdict judge(String network, Crossing crossing, Packet packet) {
        State now = state;
        if (now.empty()) {
            return null;
        }
        if (now.down.contains(network)) {
            return new Verdict("the network \"" + network + "\" is down", null);
        }
        if (now.pulled.contains(crossing.from()) || (crossing.to() != null && now.pulled.contains(crossing.to()))) {
            String host = now.pulled.contains(crossing.from()) ? crossing.from() : crossing.to();
            return new Verdict("the cable of host \"" + host + "\" is pulled", null);
        }
        if (now.rules.isEmpty() || packet.source() == null || packet.protocol() == Protocol.ARP
                || PacketDecoder.isNeighbourDiscovery(crossing.frame(), packet)) {
            return null;
        }
        for (CutRule rule : now.rules) {
            if (rule.matches(network, packet)) {
                rule.counted(crossing.receivedNanos());
                return new Verdict(rule.kind() == CutRule.Kind.REJECT ? "rejected: " + rule.words() + ", answered with a reset"
                        : "cut off: " + rule.words(), rule);
            }
        }
        return null;
    }
}
