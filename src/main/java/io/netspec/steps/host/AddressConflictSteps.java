package io.netspec.steps.host;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.netspec.host.AddressConflict;
import io.netspec.host.Host;
import io.netspec.host.Network;
import io.netspec.host.Topology;
import io.netspec.packet.CaptureRing;
import io.netspec.steps.Endpoints;
import io.netspec.steps.HostLab;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;

import java.util.List;

/** One address per LAN: a host given a taken address on purpose, and its duplicate-address detection finding it in use. */
public final class AddressConflictSteps {
    private final World world;
    private final HostLab lab;
    private final PacketLab packets;

    public AddressConflictSteps(World world, HostLab lab, PacketLab packets) {
        this.world = world;
        this.lab = lab;
        this.packets = packets;
    }

    @Given("a host {text} at {text} on {text} despite the address being taken")
    public void hostDespiteTaken(String name, String address, String network) {
        Topology.Join join = lab.join(name, address, network).evenIfTaken();
        Host host = Endpoints.keep(world, name, "host", lab.topology().host(name, List.of(join), false));
        world.log("host \"" + name + "\" at " + join.address() + " on \"" + network + "\" (" + host.attachments().get(0).mac()
                + "), though another host there has that address");
    }

    @Then("host {text} finds {text} already in use")
    public void findsInUse(String name, String address) {
        AddressConflict conflict = AddressConflict.find(lab.host(name), address, this::capture, world.defaultWait());
        world.attach("who answers for " + address, conflict.report(lab.topology(), this::capture, world.defaultWait()));
        world.log(conflict.summary());
    }

    private CaptureRing capture(Network network) {
        return packets.treatment(network).capture().orElseThrow();
    }
}
