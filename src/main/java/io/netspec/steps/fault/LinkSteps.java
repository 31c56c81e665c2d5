package io.netspec.steps.fault;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.fault.DeliveryChecks;
import io.netspec.fault.IdempotentRequests;
import io.netspec.fault.Direction;
import io.netspec.fault.Link;
import io.netspec.fault.LinkChecks;
import io.netspec.socket.Accepting;
import io.netspec.socket.ClientChecks;
import io.netspec.socket.PeerEnd;
import io.netspec.socket.SocketPlace;
import io.netspec.socket.StreamClient;
import io.netspec.socket.TcpServer;
import io.netspec.steps.Endpoints;
import io.netspec.steps.FaultLab;
import io.netspec.steps.HostLab;
import io.netspec.steps.Where;
import io.netspec.steps.World;
import io.netspec.text.Percent;
import io.netspec.text.Size;

import java.time.Duration;

/** Toxiproxy links in front of TCP targets, their toxics, and what clients see through them. */
public final class LinkSteps {
    private final World world;
    private final HostLab lab;
    private final FaultLab faults;

    public LinkSteps(World world, HostLab lab, FaultLab faults) {
        this.world = world;
        this.lab = lab;
        this.faults = faults;
    }

    /** A Toxiproxy proxy listening here (the shared server) or on a host (that host's own server). */
    @Given("a link {text}{place} to {text}")
    public void link(String name, Where where, String target) {
        SocketPlace place = lab.place(where);
        Accepting.require(world.target(target), world.defaultWait(), "the link \"" + name + "\" to \"" + target + "\"", place);
        Link link = Endpoints.keep(world, name, "link", Link.open(lab.toxiproxy(place), name, world.target(target)));
        world.log(link.server().describe() + ": " + link.describe() + " as proxy " + link.proxyName());
        faults.watchTransfers();
    }

    /** Latency goes downstream unless the phrase says otherwise. */
    @Given("the link {text} adds {duration} of latency")
    public void latency(String name, Duration latency) {
        latencyDownstream(name, latency);
    }

    @Given("the link {text} adds {duration} of latency downstream")
    public void latencyDownstream(String name, Duration latency) {
        link(name).latency(latency, Duration.ZERO, Direction.DOWNSTREAM);
    }

    @Given("the link {text} adds {duration} of latency upstream")
    public void latencyUpstream(String name, Duration latency) {
        link(name).latency(latency, Duration.ZERO, Direction.UPSTREAM);
    }

    @Given("the link {text} adds {duration} of latency with {duration} of jitter")
    public void latencyWithJitter(String name, Duration latency, Duration jitter) {
        link(name).latency(latency, jitter, Direction.DOWNSTREAM);
    }

    @Given("the link {text} is limited to {count} KB\\/s")
    public void bandwidth(String name, int kilobytesPerSecond) {
        link(name).bandwidth(kilobytesPerSecond);
    }

    @Given("the link {text} slices data into {count}-byte pieces")
    public void slicer(String name, int bytes) {
        link(name).slice(bytes);
    }

    @Given("the link {text} resets connections after {duration}")
    public void resetPeer(String name, Duration after) {
        link(name).resetPeer(after);
    }

    @Given("the link {text} times out after {duration}")
    public void timeout(String name, Duration after) {
        link(name).timeout(after);
    }

    @Given("the link {text} closes after {size}")
    public void limitData(String name, Size size) {
        link(name).limitData(size.bytes());
    }

    @Given("the link {text} closes slowly after {duration}")
    public void slowClose(String name, Duration delay) {
        link(name).slowClose(delay);
    }

    @Given("the link {text} does this for {percent} of connections")
    public void toxicity(String name, Percent percent) {
        link(name).toxicity(percent.fraction());
    }

    @When("the link {text} goes down")
    public void down(String name) {
        link(name).down();
    }

    @When("the link {text} goes down for {duration}")
    public void downFor(String name, Duration period) {
        link(name).downFor(period);
    }

    @When("the link {text} comes back up")
    public void up(String name) {
        link(name).up();
    }

    /** Waits for a link taken down for a while ("goes down for") to come back up by itself. */
    @Then("the link {text} is back up within {duration}")
    public void backUpWithin(String name, Duration within) {
        world.log(LinkChecks.backUpWithin(name, link(name), within));
    }

    @When("the link {text} is healed")
    public void healed(String name) {
        link(name).heal();
    }

    // ---- what a client sees through a link ---------------------------------------------------

    @Then("{text} sees the connection reset within {duration}")
    public void seesReset(String name, Duration within) {
        expectEnd(name, PeerEnd.RESET, within);
    }

    @Then("{text} sees the connection closed cleanly within {duration}")
    public void seesCleanClose(String name, Duration within) {
        expectEnd(name, PeerEnd.CLOSED, within);
    }

    private void expectEnd(String name, PeerEnd expected, Duration within) {
        LinkChecks.expectEnd(name, world.lookup(name, StreamClient.class, "TCP client"), expected, within, world);
    }

    @Then("{text} needed more than {count} reads in all")
    public void readsInAll(String name, int reads) {
        ClientChecks.moreReadsThan(name, world.lookup(name, StreamClient.class, "TCP client"), reads, world);
    }

    // ---- the reference retrying client -------------------------------------------------------

    @Given("an idempotent request server {text}")
    public void requestServer(String name) {
        Endpoints.keep(world, name, "TCP server", TcpServer.with(new IdempotentRequests()).named(name)
                .checkedWith(world.streamCheck()).start());
    }

    @When("a retrying client sends {count} requests to {text} within {duration}")
    public void retryingClient(int count, String target, Duration within) {
        LinkChecks.retrying(world.target(target), count, within, world.defaultWait(), world);
    }

    @Then("{text} processed each of the {count} requests exactly once")
    public void processedOnce(String name, int count) {
        DeliveryChecks.processedOnce(name, world.lookup(name, TcpServer.class, "idempotent request server"), count, world);
    }

    private Link link(String name) {
        return world.lookup(name, Link.class, "link");
    }
}
