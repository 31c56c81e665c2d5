package io.netspec.steps.host;

import io.cucumber.java.en.Then;
import io.netspec.host.MulticastChecks;
import io.netspec.packet.Captured;
import io.netspec.steps.HostLab;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

/** Multicast across hosts, as the switch and the capture saw it (the sinks that join groups are endpoint steps). */
public final class MulticastSteps {
    private final World world;
    private final HostLab hosts;
    private final PacketLab packets;

    public MulticastSteps(World world, HostLab hosts, PacketLab packets) {
        this.world = world;
        this.hosts = hosts;
        this.packets = packets;
    }

    @Then("the network {text} forwarded the group {text} to host(s) {text} only")
    public void forwardedOnly(String network, String group, String names) {
        world.log(MulticastChecks.forwardedOnly(hosts.network(network), group, names, world.defaultWait()));
    }

    @Then("the capture of {text} shows host {text} joining the multicast group {text}")
    public void joinCaptured(String network, String host, String group) {
        Captured join = MulticastChecks.joinCaptured(packets.treatment(network).capture().orElseThrow(), network, host, group);
        world.log("the capture of \"" + network + "\" shows host \"" + host + "\" joining " + group + ": " + join.packet());
    }
}
