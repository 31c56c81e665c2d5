package io.netspec.steps.address;

import io.cucumber.java.en.Then;
import io.netspec.address.AddressChecks;
import io.netspec.address.PortClass;
import io.netspec.steps.World;

/** Ports: the IANA ranges and this machine's ephemeral range. */
public final class PortSteps {
    private final World world;

    public PortSteps(World world) {
        this.world = world;
    }

    @Then("port {number} is a {word} port")
    public void portIsA(long port, String kind) {
        AddressChecks.port(PortClass.mismatch(port, kind, true));
    }

    @Then("port {number} is not a {word} port")
    public void portIsNotA(long port, String kind) {
        AddressChecks.port(PortClass.mismatch(port, kind, false));
    }

    @Then("ports {number} to {number} are {word} ports")
    public void portsToAre(long first, long last, String kind) {
        AddressChecks.port(PortClass.mismatches(first, last, kind));
    }

    @Then("the ephemeral port range of this machine lies within ports {number} to {number}")
    public void theEphemeralPortRangeOfThisMachineLiesWithin(long first, long last) {
        AddressChecks.ephemeralWithin(first, last, world);
    }
}
