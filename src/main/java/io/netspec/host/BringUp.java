package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.NetspecFailure;
import io.netspec.netns.LinkChanges;
import io.netspec.netns.Namespace;
import io.netspec.netns.Tap;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The making of hosts, many at once: for each, one piece of work on a thread inside its new namespace
 * sets the kernel up ({@link Sysctls}: no duplicate address detection, forwarding for a router, no IPv6
 * on an interface of an IPv4 network), opens its TAP devices and configures loopback, interfaces,
 * addresses and the multicast route through rtnetlink in one batch; then each TAP device is plugged into its network's switch. A few hosts are
 * made at once; every host made is closed again when one fails.
 */
final class BringUp {
    /** Hosts made at once: the kernel serialises most of the work, so more threads would only wait there. */
    static final int PARALLEL = 2;
    /**
     * The bound of each host's making: a bound, not a measure. Making a namespace waits for the kernel's
     * other namespaces being made or torn down, other builds' too (one took over 10 s on a machine busy
     * with two builds and two CPU hogs), as the capability probe's 60 s allows for.
     */
    static final Duration BOUND = Duration.ofSeconds(60);
    static final int MTU = 1500;
    static final int TX_QUEUE = 10_000;

    /**
     * A host's place on one network, reserved on that network before the host is made: for a router that
     * translates, which side of it the network is; {@code despiteTaken}: another host has the address.
     */
    record Place(Network network, IpAddress address, String mac, String interfaceName, Attachment.Side side,
                 boolean despiteTaken) {
    }

    /** A host to make. */
    record Plan(String name, boolean router, List<Place> places) {
    }

    /** The TAP devices a host's set-up opened, closed together if the host is not made after all. */
    private record Taps(List<Tap> taps) implements AutoCloseable {
        @Override
        public void close() {
            taps.forEach(Tap::close);
        }
    }

    private BringUp() {
    }

    /**
     * Makes every host of {@code plans}, each joined to the networks of its places; all or none (the
     * caller releases the places it reserved when this fails).
     */
    static List<Host> run(List<Plan> plans) {
        List<String> names = plans.stream().map(Plan::name).toList();
        List<Namespace.Created<Taps>> made = Namespace.createAll(names, (i, ns) -> setUp(plans.get(i)), PARALLEL, BOUND);
        List<Host> hosts = new ArrayList<>();
        try {
            for (int i = 0; i < plans.size(); i++) {
                hosts.add(plug(plans.get(i), made.get(i)));
            }
            return hosts;
        } catch (RuntimeException e) {
            // The host that failed closed what it had; those after it are closed here, those before it too.
            for (int i = hosts.size() + 1; i < made.size(); i++) {
                made.get(i).made().close();
                made.get(i).namespace().close();
            }
            hosts.forEach(Host::close);
            throw e;
        }
    }

    /** Runs on a thread inside the host's new namespace. */
    private static Taps setUp(Plan plan) throws IOException {
        // Written before any interface is made, which copies "default".
        Sysctls.writeHere(Sysctls.linkLocalAtOnce());
        if (plan.router()) {
            Sysctls.writeHere(Sysctls.router());
        }
        LinkChanges changes = new LinkChanges().up("lo");
        List<Tap> taps = new ArrayList<>();
        boolean multicastRouted = false;
        try {
            for (Place place : plan.places()) {
                String ifName = place.interfaceName();
                taps.add(Tap.openHere(ifName));
                boolean dad = place.despiteTaken() && place.address().isIpv6();
                if (dad) {  // the kernel's own duplicate address detection finds the address taken (dadfailed)
                    Sysctls.writeHere(Sysctls.detectDuplicates(ifName));
                }
                if (place.address().isIpv4()) {
                    // An interface speaks its network's family only: IPv6 on it would send router
                    // solicitations and MLD reports at once, which the switch floods to every port (on a
                    // network of N hosts, about 6 N² frames written).
                    Sysctls.writeHere(Sysctls.noIpv6(ifName));
                }
                changes.ethernet(ifName, mac(place.mac()), MTU, TX_QUEUE)
                        .address(ifName, place.address().toInetAddress(), place.network().cidr().length(), !dad);
                if (place.address().isIpv4() && !multicastRouted) {
                    // Multicast leaves by the first IPv4 interface, also for programs that choose none (IPv6 has ff00::/8 on each).
                    changes.route(InetAddress.getByName("224.0.0.0"), 4, ifName);
                    multicastRouted = true;
                }
            }
            changes.apply();
            return new Taps(taps);
        } catch (IOException | RuntimeException e) {
            taps.forEach(Tap::close);
            throw e;
        }
    }

    private static Host plug(Plan plan, Namespace.Created<Taps> made) {
        Host host = new Host(plan.name(), plan.router(), made.namespace());
        List<Tap> taps = made.made().taps();
        for (int i = 0; i < plan.places().size(); i++) {
            Place place = plan.places().get(i);
            Attachment attachment = new Attachment(plan.name(), place.address(), place.mac(), place.interfaceName(),
                    plan.router(), place.side());
            Tap tap = taps.get(i);
            try {
                place.network().attach(attachment, tap, () -> host.transmitDrops(place.interfaceName()));
            } catch (RuntimeException e) {
                taps.subList(i, taps.size()).forEach(Tap::close);  // those before are the switches' now
                host.close();
                throw e;
            }
            host.joined(place.network(), attachment);
        }
        return host;
    }

    static byte[] mac(String text) {
        String[] parts = text.split(":");
        if (parts.length != 6) {
            throw NetspecFailure.of("\"" + text + "\" is not a MAC address");
        }
        byte[] mac = new byte[6];
        for (int i = 0; i < 6; i++) {
            mac[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return mac;
    }
}
