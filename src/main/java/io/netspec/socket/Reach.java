package io.netspec.socket;

import io.netspec.core.ScenarioError;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Whether a client in one place can reach a target in another, decided before it tries, so a combination
 * that cannot work says so at once instead of failing later with a bare OS error ("Connection refused"
 * from a loopback that is not the target's). This machine's own namespace and the hosts' namespaces share
 * no network: nothing in one reaches a server in the other; a host reaches another host's server only at
 * an address on a network, never at its loopback. Targets whose place netspec does not know (literal
 * addresses, Unix-domain sockets) are left to the OS.
 */
public final class Reach {
    private Reach() {
    }

    /** Fails, naming {@code who} and the target, where a client in {@code from} cannot reach {@code target}. */
    public static void require(SocketPlace from, Target target, String who) {
        Optional<SocketPlace> at = target.place();
        if (at.isEmpty() || at.get() == from || !(target.address() instanceof InetSocketAddress address)) {
            return;
        }
        SocketPlace there = at.get();
        if (there == SocketPlace.HERE) {
            throw ScenarioError.of(who + " on " + from.describe() + " cannot reach " + target.describe() + ": it listens in"
                    + " this machine's own network namespace, which no host reaches; put it on a host too (a phrase with"
                    + " ... on host \"...\"), or the client in this machine's namespace");
        }
        if (from == SocketPlace.HERE) {
            throw ScenarioError.of(who + " in this machine's own network namespace cannot reach " + target.describe()
                    + ", which is inside " + there.describe() + "; put " + who + " on a host (a phrase with ... on host \"...\")");
        }
        if (address.getAddress().isLoopbackAddress()) {
            throw ScenarioError.of(who + " on " + from.describe() + " cannot reach " + target.describe() + ": it listens on"
                    + " the loopback of " + there.describe() + ", which only that host reaches");
        }
    }
}
