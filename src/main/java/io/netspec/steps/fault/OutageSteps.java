package io.netspec.steps.fault;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.netspec.steps.FaultLab;
import io.netspec.steps.World;

import java.time.Duration;

/** Cables pulled and plugged back in, networks down and flapping. The faults live in {@code host.Outages}. */
public final class OutageSteps {
    private final FaultLab lab;
    private final World world;

    public OutageSteps(FaultLab lab, World world) {
        this.lab = lab;
        this.world = world;
    }

    @When("the cable of host {text} is pulled")
    public void pulled(String host) {
        lab.began(lab.outages().pull(host, null));
    }

    @When("the cable of host {text} is pulled for {duration}")
    public void pulledFor(String host, Duration lasting) {
        lab.began(lab.outages().pull(host, lasting));
    }

    @When("the cable of host {text} is plugged back in")
    public void pluggedBackIn(String host) {
        lab.outages().plugBackIn(host);
        world.log("the cable of host \"" + host + "\" is plugged back in");
    }

    @When("the network {text} goes down")
    public void down(String network) {
        lab.began(lab.outages().down(network, null));
    }

    @When("the network {text} goes down for {duration}")
    public void downFor(String network, Duration lasting) {
        lab.began(lab.outages().down(network, lasting));
    }

    @When("the network {text} comes back up")
    public void up(String network) {
        lab.outages().up(network);
        world.log("the network \"" + network + "\" is back up");
    }

    @Given("the network {text} flaps: down for {duration} every {duration}")
    public void flaps(String network, Duration down, Duration every) {
        lab.outages().flap(network, down, every, world.seed());
        world.log("the network \"" + network + "\" flaps: down for " + down.toMillis() + " ms every " + every.toMillis()
                + " ms, each outage at a place in its period drawn from the scenario's seed " + world.seed());
    }
}
