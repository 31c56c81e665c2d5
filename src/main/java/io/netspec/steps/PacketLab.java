package io.netspec.steps;

import io.netspec.core.ScenarioError;
import io.netspec.host.AddressOwners;
import io.netspec.host.Directions;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Stalls;
import io.netspec.packet.Between;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.StreamClient;
import io.netspec.socket.Target;
import io.netspec.socket.Targets;
import io.netspec.socket.TcpClient;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's networks as packet steps see them: each network's {@link NetworkTreatment} (made,
 * seeded from the scenario's seed and installed in its switch when the network is made, so every
 * network captures what crosses it), and names turned into addresses. No logic beyond lookups.
 */
public final class PacketLab {
    private final World world;
    private final HostLab hosts;
    private final FaultLab faults;

    public PacketLab(World world, HostLab hosts, FaultLab faults) {
        this.world = world;
        this.hosts = hosts;
        this.faults = faults;
    }

    /** The treatment of the network named {@code name}, installed now if it has none yet. */
    public NetworkTreatment treatment(String name) {
        return treatment(world.lookup(name, Network.class, "network"));
    }

    public synchronized NetworkTreatment treatment(Network network) {
        Optional<NetworkTreatment> installed = network.networkTreatment();
        if (installed.isPresent()) {
            return installed.get();
        }
        // The seed is asked for at the first impairment, so "Given the random seed" may follow the hosts.
        NetworkTreatment made = new NetworkTreatment(network.name(), world::seed, CaptureRing.withDefaults(),
                faults.faults().cuts());
        network.treatment(made);
        world.log("network \"" + network.name() + "\" captures every frame that crosses it");
        return made;
    }

    public List<Network> networks() {
        return world.all(Network.class);
    }

    /** The IP address a phrase means by {@code name}: a host's (its first IPv4 address), or a server's or service's. */
    public InetAddress address(String name) {
        Optional<Host> host = world.all(Host.class).stream().filter(h -> h.name().equals(name)).findFirst();
        if (host.isPresent()) {
            return host.get().address(4);
        }
        Target target = world.target(name);
        return Targets.ipOf(target).orElseThrow(() -> ScenarioError.of("\"" + name + "\" names neither a host nor"
                + " something with an IP address (" + target.describe() + ")"));
    }

    /**
     * The direction from {@code from} to {@code to} on {@code network} as address pairs (every address of
     * each host), checked against the topology ({@link Directions}); a name may be a host's, or a server's
     * or service's on a host.
     */
    public List<Between> directions(String network, String from, String to, String rule) {
        return Directions.on(hosts.topology(), network, hostName(from), hostName(to), rule);
    }

    private String hostName(String name) {
        if (world.all(Host.class).stream().anyMatch(h -> h.name().equals(name))) {
            return name;
        }
        InetAddress address = address(name);
        return hostAt(address).map(Host::name).orElseThrow(() -> ScenarioError.of("\"" + name + "\" is at "
                + address.getHostAddress() + ", which is no host's address in this scenario"));
    }

    public TcpClient client(String name) {
        return world.lookup(name, TcpClient.class, "TCP client");
    }

    /** The host whose address {@code address} is, if any of this scenario's hosts has it. */
    public Optional<Host> hostAt(InetAddress address) {
        return AddressOwners.hostAt(world.all(Host.class), address);
    }

    /** A host's name for an address on one of the scenario's networks, or the address itself. */
    public String nameOf(InetAddress address) {
        return AddressOwners.nameOf(networks(), address);
    }

    /**
     * Runs {@code transfer} of {@code client}; when it fails, its failure says what the captures show of
     * the connection's window: a receiver that advertised a zero window, from when and for how long.
     */
    public void explainingStalls(StreamClient client, Runnable transfer) {
        Stalls.explaining(client, networks(), this::treatment, transfer);
    }

    public Host host(String name) {
        return world.lookup(name, Host.class, "host");
    }
}
