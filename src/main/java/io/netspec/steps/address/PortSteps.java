package io.netspec.steps.address;

import io.cucumber.java.en.Then;
import io.netspec.address.EphemeralPortRange;
import io.netspec.address.PortClass;
import io.netspec.core.ExpectationFailure;
import io.netspec.steps.World;

/** Ports: the IANA ranges and this machine's ephemeral range. */
public final class PortSteps {
    private final World world;

    public PortSteps(World world) {
        this.world = world;
    }

    @Then("port {number} is a {word} port")
    public void portIsA(long port, String kind) {
        String problem = PortClass.mismatch(port, kind, true);
        if (problem != null) {
            throw ExpectationFailure.of(problem);
        }
    }

    @Then("port {number} is not a {word} port")
    public void portIsNotA(long port, String kind) {
        String problem = PortClass.mismatch(port, kind, false);
        if (problem != null) {
            throw ExpectationFailure.of(problem);
        }
    }

    @Then("ports {number} to {number} are {word} ports")
    public void portsToAre(long first, long last, String kind) {
        String problem = PortClass.mismatches(first, last, kind);
        if (problem != null) {
            throw ExpectationFailure.of(problem);
        }
    }

    @Then("the ephemeral port range of this machine lies within ports {number} to {number}")
    public void theEphemeralPortRangeOfThisMachineLiesWithin(long first, long last) {
        EphemeralPortRange range = EphemeralPortRange.ofThisMachine();
        world.log("ephemeral port range of this machine: " + range);
        if (range.first() < first || range.last() > last) {
            throw ExpectationFailure.expected("the ephemeral port range of this machine to lie within ports " + first
                    + " to " + last, "it is " + range);
        }
    }
}
