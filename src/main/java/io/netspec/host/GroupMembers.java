package io.netspec.host;

import io.netspec.address.HostPort;
import io.netspec.core.NetspecFailure;
import io.netspec.packet.GroupReports;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The switch's multicast forwarding decisions: IGMP and MLD snooping (RFC 4541). The switch hands every
 * multicast frame it delivers to {@link #egress}: an IGMP or MLD report (join or leave) updates the
 * members of its groups and is flooded; a frame to a group of link-local scope (224.0.0.0/24, ff02::/16:
 * all hosts, routers, solicited-node groups of neighbour discovery) is flooded, as RFC 4541 asks; a frame
 * to any other group goes to the hosts that joined it and to no one else (none when no host did).
 * Memberships last until the host leaves (no querier runs, so none ages out). Thread-safe.
 */
final class GroupMembers {
    private final Map<InetAddress, Set<String>> members = new LinkedHashMap<>();
    private final Map<InetAddress, long[]> frames = new LinkedHashMap<>();
    /** The hosts each group's frames were forwarded to, ever. */
    private final Map<InetAddress, Set<String>> reached = new LinkedHashMap<>();

    /**
     * The hosts a multicast frame from {@code from} goes to, or null when it goes to every host but
     * {@code from} (flooded). Learns from the frame first when it is a report.
     */
    Set<String> egress(String from, byte[] frame) {
        Optional<GroupReports.Report> report = GroupReports.of(frame);
        if (report.isPresent()) {
            learn(from, report.get());
            return null;
        }
        Optional<InetAddress> to = GroupReports.destination(frame);
        if (to.isEmpty() || !to.get().isMulticastAddress() || linkLocalScope(to.get())) {
            return null;
        }
        synchronized (this) {  // no copy, no allocation once a group is known: this runs for every frame to a group
            Set<String> hosts = members.getOrDefault(to.get(), Set.of());
            frames.computeIfAbsent(to.get(), g -> new long[1])[0]++;
            Set<String> got = reached.computeIfAbsent(to.get(), g -> new LinkedHashSet<>());
            boolean more = false;
            for (String host : hosts) {
                more |= !host.equals(from) && got.add(host);
            }
            if (more) {
                notifyAll();
            }
            return hosts;
        }
    }

    /**
     * The hosts this switch has forwarded frames to {@code group} to, once it has forwarded them to every
     * host of {@code expected} or {@code bound} has passed; empty when no frame to the group came.
     */
    synchronized Set<String> reached(InetAddress group, Set<String> expected, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!reached.getOrDefault(group, Set.of()).containsAll(expected)) {
            if (!waitUntil(deadline, group)) {
                break;
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(reached.getOrDefault(group, Set.of())));
    }

    /** Waits on this monitor until notified or {@code deadline}; false once the deadline has passed. */
    private boolean waitUntil(long deadline, InetAddress group) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(this, left);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while waiting for frames to " + group.getHostAddress(), e);
        }
    }

    /** 224.0.0.0/24 (RFC 5771) or an IPv6 group of interface-local or link-local scope (ff01::/16, ff02::/16). */
    static boolean linkLocalScope(InetAddress group) {
        byte[] raw = group.getAddress();
        if (group instanceof Inet6Address) {
            return (raw[1] & 0x0F) <= 2;
        }
        return (raw[0] & 0xFF) == 224 && raw[1] == 0 && raw[2] == 0;
    }

    /** Each group's members are an unmodifiable set, replaced (never changed) when a host joins or leaves. */
    private synchronized void learn(String host, GroupReports.Report report) {
        for (GroupReports.Change change : report.changes()) {
            Set<String> now = new LinkedHashSet<>(members.getOrDefault(change.group(), Set.of()));
            if (change.join() ? now.add(host) : now.remove(host)) {
                members.put(change.group(), Collections.unmodifiableSet(now));
            }
        }
        notifyAll();
    }

    /** Whether {@code host} is a member of {@code group} now. */
    synchronized boolean isMember(String host, InetAddress group) {
        return members.getOrDefault(group, Set.of()).contains(host);
    }

    /** Waits at most {@code bound} until the switch has seen {@code host} join {@code group}; true when it has. */
    synchronized boolean awaitMember(String host, InetAddress group, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!isMember(host, group)) {
            if (!waitUntil(deadline, group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each group with its members and the frames sent to it, for the report; groups of link-local scope
     * (flooded: neighbour discovery's solicited-node groups and the like) are only counted. Empty when no
     * group was seen.
     */
    synchronized String describe() {
        StringBuilder text = new StringBuilder();
        Set<InetAddress> groups = new LinkedHashSet<>(members.keySet());
        groups.addAll(frames.keySet());
        long linkLocal = groups.stream().filter(GroupMembers::linkLocalScope).count();
        for (InetAddress group : groups) {
            if (linkLocalScope(group)) {
                continue;
            }
            Set<String> hosts = members.getOrDefault(group, Set.of());
            Set<String> got = reached.getOrDefault(group, Set.of());
            long sent = frames.getOrDefault(group, new long[1])[0];
            text.append("  ").append(HostPort.show(group)).append(": ")
                    .append(hosts.isEmpty() ? "no member now" : "members now " + String.join(", ", hosts)).append("; ")
                    .append(sent).append(sent == 1 ? " frame" : " frames").append(" sent to it, forwarded to ")
                    .append(got.isEmpty() ? "no host" : String.join(", ", got)).append('\n');
        }
        if (linkLocal > 0) {
            text.append("  and ").append(linkLocal).append(" group(s) of link-local scope joined, flooded to every host\n");
        }
        return text.toString();
    }
}
