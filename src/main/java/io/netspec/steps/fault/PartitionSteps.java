package io.netspec.steps.fault;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.steps.FaultLab;

import java.time.Duration;

/**
 * Partitions between hosts (both ways, one way, rejects), healed by a step or by themselves after a
 * time, and what the fault timeline says of them. The rules live in {@code host.Partitions}.
 */
public final class PartitionSteps {
    private final FaultLab lab;

    public PartitionSteps(FaultLab lab) {
        this.lab = lab;
    }

    @When("hosts {text} are cut off from {text}")
    public void cutOff(String group, String others) {
        lab.began(lab.partitions().cutOff(group, others, null));
    }

    @When("hosts {text} are cut off from {text} for {duration}")
    public void cutOffFor(String group, String others, Duration lasting) {
        lab.began(lab.partitions().cutOff(group, others, lasting));
    }

    @When("host {text} is cut off from every other host")
    public void cutOffFromEveryOther(String host) {
        lab.began(lab.partitions().cutOffFromEveryOther(host, null));
    }

    @When("host {text} is cut off from every other host for {duration}")
    public void cutOffFromEveryOtherFor(String host, Duration lasting) {
        lab.began(lab.partitions().cutOffFromEveryOther(host, lasting));
    }

    @When("the network {text} drops every packet from {text} to {text}")
    public void dropsEvery(String network, String from, String to) {
        lab.began(lab.partitions().dropEvery(network, from, to, null));
    }

    @When("the network {text} drops every packet from {text} to {text} for {duration}")
    public void dropsEveryFor(String network, String from, String to, Duration lasting) {
        lab.began(lab.partitions().dropEvery(network, from, to, lasting));
    }

    @When("the network {text} rejects TCP connections to {text}")
    public void rejects(String network, String to) {
        lab.began(lab.partitions().reject(network, to, null));
    }

    @When("the network {text} rejects TCP connections to {text} for {duration}")
    public void rejectsFor(String network, String to, Duration lasting) {
        lab.began(lab.partitions().reject(network, to, lasting));
    }

    @When("the partition heals")
    public void heals() {
        lab.healed(lab.partitions().heal());
    }

    @Then("{text} was cut off for between {duration} and {duration}")
    public void wasCutOff(String name, Duration low, Duration high) {
        lab.cutOffBetween(name, low, high);
    }
}
