package io.netspec.host;

import io.netspec.address.Cidr;
import io.netspec.address.IpAddress;
import io.netspec.core.ScenarioError;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A scenario's networks, hosts and routers, and the rules between them: a host joins each network at
 * most once and never two that overlap; a host on a network with exactly one router gets that router as
 * its default gateway; every router, and every host whose default gateway is not the way to some
 * network, gets a static route to each network it can reach through routers ({@link StaticRoutes}). All of
 * it is re-decided whenever a host or router joins. Who closes what is the caller's business: each
 * network and host it makes is {@link AutoCloseable}.
 */
public final class Topology {
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<String, Translator> translators = new LinkedHashMap<>();
    private final StaticRoutes routing = new StaticRoutes();
    private Consumer<Topology> afterHostsMade = t -> { };

    /** A host's place on one network, as a step names it. */
    public record Join(Network network, IpAddress address, boolean despiteTaken) {
        public Join {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(address, "address");
        }

        public Join(Network network, IpAddress address) {
            this(network, address, false);
        }

        /** The same place, taken on purpose though another host on the network has the address. */
        public Join evenIfTaken() {
            return new Join(network, address, true);
        }
    }

    /**
     * What to do each time hosts or routers have been made and routed, on the calling thread (a scenario's
     * topology rehearses the JVM's first cut there: {@link CutRehearsal}). Its failure fails the call that
     * made them; the hosts stay made, in the topology, and close with it.
     */
    public synchronized void afterHostsMade(Consumer<Topology> then) {
        afterHostsMade = Objects.requireNonNull(then, "then");
    }

    /** A new network (its switch has no ports yet) on {@code range}: "192.168.1.0/24", "10.0.0.0", "fd00:1::/64". */
    public synchronized Network network(String name, String range) {
        if (networks.containsKey(name)) {
            throw ScenarioError.of("there is already a network \"" + name + "\" (" + networks.get(name).cidr() + ")");
        }
        Network network = new Network(name, NetworkRange.parse(name, range), networks.size() + 1);
        networks.put(name, network);
        return network;
    }

    /** A new host (or router) on the networks of {@code joins}; every rule is checked before anything starts. */
    public synchronized Host host(String name, List<Join> joins, boolean router) {
        return host(name, joins, router, Set.of());
    }

    /**
     * A new router that translates addresses ({@link Translator}): it hides the network named
     * {@code inside} (null: the private one of its networks) behind its own address on the others.
     */
    public synchronized Host translatingRouter(String name, List<Join> joins, String inside) {
        Set<Network> hidden = Translator.inside(name, joins, inside);
        return host(name, joins, true, hidden);
    }

    /** The translator of router {@code name}; fails saying why when it is no router that translates addresses. */
    public synchronized Translator translator(String name) {
        Translator translator = translators.get(name);
        if (translator == null) {
            Host host = hosts.get(name);
            throw ScenarioError.of(host == null ? "there is no router \"" + name + "\" in this scenario"
                    : "the " + (host.isRouter() ? "router" : "host") + " \"" + name + "\" does not translate addresses,"
                    + " so it has no port to forward; make it with: Given a router \"" + name + "\" at … on … and … on …"
                    + " that translates addresses");
        }
        return translator;
    }

    /** The routers that translate addresses, in the order they were made. */
    public synchronized List<Translator> translators() {
        return List.copyOf(translators.values());
    }

    private Host host(String name, List<Join> joins, boolean router, Set<Network> inside) {
        String kind = router ? "router" : "host";
        checkName(name);
        if (joins.isEmpty()) {
            throw ScenarioError.of("the " + kind + " \"" + name + "\" must join at least one network");
        }
        for (int i = 0; i < joins.size(); i++) {
            Join a = joins.get(i);
            for (int j = i + 1; j < joins.size(); j++) {
                Join b = joins.get(j);
                if (a.network() == b.network()) {
                    throw ScenarioError.of("the " + kind + " \"" + name + "\" cannot join \"" + a.network().name()
                            + "\" twice (at " + a.address() + " and " + b.address() + "); a " + kind
                            + " has one interface per network");
                }
                if (a.network().cidr().contains(b.network().cidr()) || b.network().cidr().contains(a.network().cidr())) {
                    throw ScenarioError.of("the " + kind + " \"" + name + "\" cannot join both \""
                            + a.network().name() + "\" (" + a.network().cidr() + ") and \"" + b.network().name() + "\" ("
                            + b.network().cidr() + "): the two networks overlap, so the " + kind
                            + " could not tell which one an address is on");
                }
            }
            a.network().check(name, a.address(), a.despiteTaken());
            if (router) {
                NeverHosts.forRouters(a.network().cidr()).ifPresent(rule -> {
                    throw ScenarioError.of("the router \"" + name + "\" cannot join \"" + a.network().name() + "\": " + rule);
                });
            }
        }
        Host host = bringUp(List.of(name), List.of(joins), router, inside).get(0);
        if (!inside.isEmpty()) {
            try {
                translators.put(name, Translator.install(host));
            } catch (RuntimeException e) {
                close(hosts.remove(name), e);
                joins.forEach(j -> j.network().release(name));
                throw e;
            }
        }
        return host;
    }

    /**
     * New hosts called {@code names}, all on {@code network}, at its first free addresses in order: the
     * first name gets the first free address. Made a few at once; all or none.
     */
    public synchronized List<Host> hosts(List<String> names, Network network) {
        if (names.isEmpty()) {
            throw ScenarioError.of("no hosts to put on \"" + network.name() + "\": expected at least one name");
        }
        if (names.stream().distinct().count() < names.size()) {
            throw ScenarioError.of("each host needs a name of its own, but " + names + " names one twice");
        }
        names.forEach(this::checkName);
        List<IpAddress> addresses = network.freeAddresses(names.size());
        List<List<Join>> joins = new ArrayList<>();
        for (IpAddress address : addresses) {
            joins.add(List.of(new Join(network, address)));
        }
        return bringUp(names, joins, false, Set.of());
    }

    private void checkName(String name) {
        if (hosts.containsKey(name)) {
            throw ScenarioError.of("there is already a " + (hosts.get(name).isRouter() ? "router" : "host")
                    + " \"" + name + "\"; each host needs a name of its own");
        }
    }

    /**
     * Reserves every place, makes the hosts ({@link BringUp}), then routes once for all of them; a router
     * that translates has its networks of {@code inside} on its inside.
     */
    private List<Host> bringUp(List<String> names, List<List<Join>> joins, boolean router, Set<Network> inside) {
        List<BringUp.Plan> plans = new ArrayList<>();
        List<Host> made;
        try {
            for (int i = 0; i < names.size(); i++) {
                List<BringUp.Place> places = new ArrayList<>();
                plans.add(new BringUp.Plan(names.get(i), router, places));
                for (Join join : joins.get(i)) {
                    String mac = join.network().reserve(names.get(i), join.address(), join.despiteTaken());
                    Attachment.Side side = inside.isEmpty() ? Attachment.Side.PLAIN
                            : inside.contains(join.network()) ? Attachment.Side.INSIDE : Attachment.Side.OUTSIDE;
                    places.add(new BringUp.Place(join.network(), join.address(), mac, "eth" + places.size(), side,
                            join.despiteTaken()));
                }
            }
            made = BringUp.run(plans);
            made.forEach(h -> hosts.put(h.name(), h));
            routing.apply(networks.values(), hosts.values());
        } catch (RuntimeException e) {
            for (int i = 0; i < plans.size(); i++) {
                String name = names.get(i);
                close(hosts.remove(name), e);
                joins.get(i).forEach(j -> j.network().release(name));
            }
            throw e;
        }
        afterHostsMade.accept(this);
        return made;
    }

    private static void close(Host host, RuntimeException failure) {
        if (host != null) {
            try {
                host.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    /** Each network's range with who is on it, networks in the order they were made. */
    private Map<Cidr, List<Attachment>> attachments() {
        Map<Cidr, List<Attachment>> all = new LinkedHashMap<>();
        networks.values().forEach(n -> all.put(n.cidr(), List.copyOf(n.hosts().values())));
        return all;
    }

    /**
     * The names of the networks a packet from host {@code from} to any address of host {@code to} crosses
     * ({@link Crossings}), IPv4 and IPv6, in order and without repeats; empty when it can reach none of them.
     */
    public synchronized List<String> crossed(String from, String to) {
        Map<Cidr, List<Attachment>> all = attachments();
        Map<Cidr, String> names = new LinkedHashMap<>();
        networks.values().forEach(n -> names.put(n.cidr(), n.name()));
        List<String> crossed = new ArrayList<>();
        for (Attachment a : hosts.containsKey(to) ? hosts.get(to).attachments() : List.<Attachment>of()) {
            Crossings.of(from, a.address(), all).stream().map(names::get).filter(n -> !crossed.contains(n))
                    .forEach(crossed::add);
        }
        return crossed;
    }

    /** The host or router named {@code name}, if this topology has one. */
    public synchronized Optional<Host> host(String name) {
        return Optional.ofNullable(hosts.get(name));
    }

    /** The network named {@code name}, if this topology has one. */
    public synchronized Optional<Network> network(String name) {
        return Optional.ofNullable(networks.get(name));
    }

    /** The name of the host or router that has {@code address} on one of the networks, if any. */
    public synchronized Optional<String> hostAt(InetAddress address) {
        for (Network network : networks.values()) {
            for (Attachment a : network.hosts().values()) {
                if (a.address().toInetAddress().equals(address)) {
                    return Optional.of(a.host());
                }
            }
        }
        return Optional.empty();
    }

    /** The default gateway a host was given, if any. */
    public synchronized IpAddress gateway(String host, int family) {
        return routing.gateway(host, family);
    }

    public synchronized List<Network> networks() {
        return List.copyOf(networks.values());
    }

    public synchronized List<Host> hosts() {
        return List.copyOf(hosts.values());
    }

    public synchronized boolean isEmpty() {
        return networks.isEmpty() && hosts.isEmpty();
    }

    /** The topology as text: each network with its hosts, addresses, MAC addresses and gateways. */
    public synchronized String describe() {
        StringBuilder text = new StringBuilder();
        for (Network network : networks.values()) {
            text.append("network \"").append(network.name()).append("\" on ").append(network.range().describe()).append('\n');
            for (Attachment a : network.hosts().values()) {
                text.append("  ").append(a.router() ? "router" : "host").append(" \"").append(a.host()).append("\" at ")
                        .append(a.address()).append(" (").append(a.interfaceName()).append(", ").append(a.mac()).append(")\n");
            }
        }
        translators.values().forEach(t -> text.append(t.describe()));
        routing.describe(text);
        return text.toString();
    }

    /** The topology as a picture: {@link TopologyPicture}. */
    public synchronized String svg() {
        return TopologyPicture.draw(List.copyOf(networks.values()), List.copyOf(hosts.values()));
    }
}
