package io.netspec.steps.fault;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.core.NetspecFailure;
import io.netspec.fault.DeliveryChecks;
import io.netspec.fault.LinkChecks;
import io.netspec.fault.ReliableReceiver;
import io.netspec.fault.ReliableSender;
import io.netspec.fault.UdpRelay;
import io.netspec.impair.Impairment;
import io.netspec.steps.Endpoints;
import io.netspec.steps.UdpLinks;
import io.netspec.steps.World;
import io.netspec.text.Percent;

import java.io.IOException;
import java.time.Duration;

/** UDP links (netspec's seeded impairment relay) and the reference reliable-delivery protocol over UDP. */
public final class UdpLinkSteps {
    private final World world;
    private final UdpLinks links;

    public UdpLinkSteps(World world, UdpLinks links) {
        this.world = world;
        this.links = links;
    }

    @Given("a UDP link {text} to {text}")
    public void link(String name, String target) {
        open(name, target, Impairment.NONE);
    }

    @Given("a UDP link {text} to {text} that drops {percent} of datagrams")
    public void lossyLink(String name, String target, Percent loss) {
        open(name, target, Impairment.NONE.withLoss(loss.fraction()));
    }

    @Given("the UDP link {text} drops {percent} of datagrams")
    public void drops(String name, Percent loss) {
        relay(name).impair(s -> s.withLoss(loss.fraction()));
    }

    @Given("the UDP link {text} drops datagrams in bursts of {count} on average")
    public void bursts(String name, int averageLength) {
        relay(name).impair(s -> s.withBursts(averageLength));
    }

    @Given("the UDP link {text} delays datagrams by {duration} with {duration} of jitter")
    public void delays(String name, Duration delay, Duration jitter) {
        relay(name).impair(s -> s.withDelay(delay, jitter));
    }

    @Given("the UDP link {text} duplicates {percent} of datagrams")
    public void duplicates(String name, Percent percent) {
        relay(name).impair(s -> s.withDuplication(percent.fraction()));
    }

    @Given("the UDP link {text} reorders {percent} of datagrams")
    public void reorders(String name, Percent percent) {
        relay(name).impair(s -> s.withReordering(percent.fraction()));
    }

    private void open(String name, String target, Impairment settings) {
        long seed = world.seed();
        UdpRelay relay;
        try {
            relay = UdpRelay.open(name, world.target(target), seed, world.random("udp link " + name),
                    world.random("udp link " + name + " replies"), settings);
        } catch (IOException e) {
            throw NetspecFailure.of("the UDP link \"" + name + "\" to \"" + target + "\" could not open: "
                    + e.getMessage(), e);
        }
        Endpoints.keep(world, name, "UDP link", relay);
        links.add(target, relay);
        world.log(relay.describe());
    }

    // ---- the reference reliable-delivery protocol --------------------------------------------

    @Given("a reliable-delivery receiver {text}")
    public void receiver(String name) throws IOException {
        Endpoints.keep(world, name, "reliable-delivery receiver", new ReliableReceiver(name));
    }

    @When("a reliable-delivery sender sends {count} messages to {text} within {duration}")
    public void send(int count, String target, Duration within) throws IOException {
        ReliableSender.Report report = ReliableSender.standard().send(world.target(target), count, within);
        world.attach("reliable-delivery sender", report.describe());
    }

    @Then("{text} delivered the {count} messages exactly once and in order")
    public void delivered(String name, int count) {
        ReliableReceiver receiver = world.lookup(name, ReliableReceiver.class, "reliable-delivery receiver");
        DeliveryChecks.deliveredInOrder(name, receiver, count, links.to(name), world::seed, world);
    }

    private UdpRelay relay(String name) {
        return world.lookup(name, UdpRelay.class, "UDP link");
    }

    @Then("the UDP link {text} passed on every datagram it did not drop")
    public void passedOn(String name) {
        LinkChecks.passedOnEvery(name, relay(name), world);
    }
}
