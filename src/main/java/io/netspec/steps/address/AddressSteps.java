package io.netspec.steps.address;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.address.AddressClass;
import io.netspec.address.AddressClassifier;
import io.netspec.address.AddressFormatException;
import io.netspec.address.Cidr;
import io.netspec.address.Classification;
import io.netspec.address.ClassificationTable;
import io.netspec.address.IpAddress;
import io.netspec.address.SpecialBlock;
import io.netspec.address.Trait;
import io.netspec.core.ExpectationFailure;
import io.netspec.steps.World;

import java.util.List;

/** Addresses: strict parsing, the classful view, and the IANA special-purpose registries. */
public final class AddressSteps {
    private final World world;
    private final AddressClassifier classifier = AddressClassifier.iana();

    public AddressSteps(World world) {
        this.world = world;
    }

    @Given("the address {text}")
    public void theAddress(String text) {
        classify(text);
    }

    @When("I classify the address {text}")
    public void iClassifyTheAddress(String text) {
        classify(text);
    }

    private void classify(String text) {
        Classification classification = classifier.classify(text);
        world.remember(Classification.class, classification);
        world.log(classification.describe());
    }

    private Classification it() {
        return world.recall(Classification.class,
                "no address to check yet: start with Given the address \"192.168.1.20\"");
    }

    @Then("it is a class {word} address")
    public void itIsAClassAddress(String letter) {
        AddressClass expected = AddressClass.named(letter);
        Classification it = it();
        if (it.addressClass() != expected) {
            throw ExpectationFailure.expected(it.address() + " to be a class " + expected + " address", "it is "
                    + (it.addressClass() == null ? "IPv6, which has no address class" : "class " + it.addressClass()));
        }
    }

    @Then("it has no address class")
    public void itHasNoAddressClass() {
        Classification it = it();
        if (it.addressClass() != null) {
            throw ExpectationFailure.of("expected " + it.address() + " to have no address class (only IPv4 has classes),"
                    + " but it is class " + it.addressClass());
        }
    }

    @Then("it is private")
    public void itIsPrivate() {
        expectTrait(Trait.PRIVATE, true, "private (RFC 1918 or fc00::/7)");
    }

    @Then("it is not private")
    public void itIsNotPrivate() {
        expectTrait(Trait.PRIVATE, false, "private (RFC 1918 or fc00::/7)");
    }

    @Then("it is a loopback address")
    public void itIsALoopbackAddress() {
        expectTrait(Trait.LOOPBACK, true, "a loopback address (127.0.0.0/8 or ::1)");
    }

    @Then("it is not a loopback address")
    public void itIsNotALoopbackAddress() {
        expectTrait(Trait.LOOPBACK, false, "a loopback address (127.0.0.0/8 or ::1)");
    }

    @Then("it is a multicast address")
    public void itIsAMulticastAddress() {
        expectTrait(Trait.MULTICAST, true, "a multicast address (224.0.0.0/4 or ff00::/8)");
    }

    @Then("it is not a multicast address")
    public void itIsNotAMulticastAddress() {
        expectTrait(Trait.MULTICAST, false, "a multicast address (224.0.0.0/4 or ff00::/8)");
    }

    @Then("it is a link-local address")
    public void itIsALinkLocalAddress() {
        expectTrait(Trait.LINK_LOCAL, true, "a link-local address (169.254.0.0/16 or fe80::/10)");
    }

    @Then("it is not a link-local address")
    public void itIsNotALinkLocalAddress() {
        expectTrait(Trait.LINK_LOCAL, false, "a link-local address (169.254.0.0/16 or fe80::/10)");
    }

    @Then("it is globally reachable")
    public void itIsGloballyReachable() {
        expectReachable(true);
    }

    @Then("it is not globally reachable")
    public void itIsNotGloballyReachable() {
        expectReachable(false);
    }

    private void expectTrait(Trait trait, boolean expected, String what) {
        Classification it = it();
        if (it.has(trait) != expected) {
            throw ExpectationFailure.expected(it.address() + (expected ? " to be " : " not to be ") + what, "it " + (expected ? "is not" : "is") + ": " + it.describe());
        }
    }

    private void expectReachable(boolean expected) {
        Classification it = it();
        if (it.globallyReachable() != expected) {
            throw ExpectationFailure.expected(it.address() + (expected ? " to be" : " not to be")
                    + " globally reachable", "it " + (expected ? "is not" : "is") + ": " + it.describe());
        }
    }

    @Then("it belongs to the special-purpose block {text} named {text}")
    public void itBelongsToTheSpecialPurposeBlockNamed(String block, String name) {
        Classification it = it();
        SpecialBlock found = it.block();
        String expected = Cidr.parse(block).toString();
        if (found == null || !found.cidr().toString().equals(expected) || !found.name().equals(name)) {
            throw ExpectationFailure.expected(it.address() + " to belong to the special-purpose block " + block
                    + " named \"" + name + "\"", "its most specific block is "
                    + (found == null ? "none" : found.cidr() + " named \"" + found.name() + "\""));
        }
    }

    @Then("it belongs to no special-purpose block")
    public void itBelongsToNoSpecialPurposeBlock() {
        Classification it = it();
        if (it.block() != null) {
            throw ExpectationFailure.expected(it.address() + " to belong to no special-purpose block", "it is in "
                    + it.block().cidr() + " named \"" + it.block().name() + "\"");
        }
    }

    @Then("its network part is {text} and its host part is {text}")
    public void itsNetworkPartIsAndItsHostPartIs(String network, String host) {
        IpAddress address = it().address();
        AddressClass c = classOf(address);
        String foundNetwork = c.networkPart(address);
        String foundHost = c.hostPart(address);
        if (!foundNetwork.equals(network) || !foundHost.equals(host)) {
            throw ExpectationFailure.expected(address + " to have network part \"" + network + "\" and host part \""
                    + host + "\"", "as a class " + c + " address its network part is \"" + foundNetwork
                    + "\" and its host part is \"" + foundHost + "\"");
        }
    }

    @Then("its default mask is {text}")
    public void itsDefaultMaskIs(String mask) {
        IpAddress address = it().address();
        AddressClass c = classOf(address);
        String found = c.defaultMask().toString();
        if (!found.equals(mask)) {
            throw ExpectationFailure.expected("the default mask of " + address + " to be " + mask, "class " + c + " has default mask " + found);
        }
    }

    private static AddressClass classOf(IpAddress address) {
        if (!address.isIpv4()) {
            throw ExpectationFailure.of(address + " is IPv6: it has no address class, no classful parts and no default mask");
        }
        return AddressClass.of(address);
    }

    @Then("it is an IPv4-mapped IPv6 address for {text}")
    public void itIsAnIpv4MappedIpv6AddressFor(String ipv4) {
        IpAddress address = it().address();
        IpAddress expected = IpAddress.parse(ipv4);
        if (!address.isIpv4Mapped() || !address.mappedIpv4().equals(expected)) {
            throw ExpectationFailure.expected(address + " to be an IPv4-mapped IPv6 address for " + ipv4, "it is the " + address.describe());
        }
    }

    @Then("its zone id is {text}")
    public void itsZoneIdIs(String zone) {
        IpAddress address = it().address();
        if (!zone.equals(address.zone())) {
            throw ExpectationFailure.expected(address + " to have zone id \"" + zone + "\"", "it has "
                    + (address.zone() == null ? "none" : "\"" + address.zone() + "\""));
        }
    }

    @Then("the address {text} is rejected")
    public void theAddressIsRejected(String text) {
        rejection(text);
    }

    @Then("the address {text} is rejected because {text}")
    public void theAddressIsRejectedBecause(String text, String quotedReason) {
        String reason = quotedReason.replace("\\\"", "\"").replace("\\\\", "\\");
        AddressFormatException rejection = rejection(text);
        if (!rejection.rule().contains(reason)) {
            throw ExpectationFailure.expected("\"" + text + "\" to be rejected because " + reason, "the reason given was: " + rejection.rule());
        }
    }

    private AddressFormatException rejection(String text) {
        IpAddress accepted;
        try {
            accepted = IpAddress.parse(text);
        } catch (AddressFormatException e) {
            world.log(e.getMessage());
            world.attach("why \"" + text + "\" was rejected", e.getMessage());
            return e;
        }
        throw ExpectationFailure.expected("the address \"" + text + "\" to be rejected", "it was accepted as the "
                + accepted.describe());
    }

    @Then("these addresses classify as:")
    public void theseAddressesClassifyAs(DataTable table) {
        List<String> mismatches = new ClassificationTable(classifier).mismatches(table.asMaps());
        world.attach("addresses checked", table.toString());
        if (!mismatches.isEmpty()) {
            throw ExpectationFailure.of(mismatches.size() + " mismatch(es) in the " + (table.height() - 1) + " rows of the"
                    + " address table:\n  " + String.join("\n  ", mismatches));
        }
    }

    @Then("class {word} has {number} networks of {number} hosts each")
    public void classHasNetworksOfHostsEach(String letter, long networks, long hosts) {
        AddressClass c = AddressClass.named(letter);
        if (!c.hasNetworksAndHosts()) {
            throw ExpectationFailure.of("class " + c + " has no networks or hosts: it is " + c.purpose());
        }
        if (c.networks() != networks || c.hostsPerNetwork() != hosts) {
            throw ExpectationFailure.expected("class " + c + " to have " + networks + " networks of " + hosts
                    + " hosts each", "its " + c.networkNumberBits() + " network bits and " + c.hostBits()
                    + " host bits give " + c.networks() + " networks of " + c.hostsPerNetwork() + " hosts each");
        }
    }

    @Then("class {word} hosts range from {text} to {text}")
    public void classHostsRangeFromTo(String letter, String first, String last) {
        AddressClass c = AddressClass.named(letter);
        if (!c.hasNetworksAndHosts()) {
            throw ExpectationFailure.of("class " + c + " has no hosts: it is " + c.purpose() + " (its addresses range from "
                    + c.firstAddress() + " to " + c.lastAddress() + ")");
        }
        expectRange("class " + c + " hosts", first, last, c.firstHost(), c.lastHost());
    }

    @Then("class {word} addresses range from {text} to {text}")
    public void classAddressesRangeFromTo(String letter, String first, String last) {
        AddressClass c = AddressClass.named(letter);
        expectRange("class " + c + " addresses", first, last, c.firstAddress(), c.lastAddress());
    }

    private static void expectRange(String what, String first, String last, IpAddress foundFirst, IpAddress foundLast) {
        if (!IpAddress.parse(first).equals(foundFirst) || !IpAddress.parse(last).equals(foundLast)) {
            throw ExpectationFailure.expected(what + " to range from " + first + " to " + last, "they range"
                    + " from " + foundFirst + " to " + foundLast);
        }
    }

    @Then("class {word} is reserved for multicast")
    public void classIsReservedForMulticast(String letter) {
        AddressClass c = AddressClass.named(letter);
        if (!c.isMulticast()) {
            throw ExpectationFailure.expected("class " + c + " to be reserved for multicast", "it is " + c.purpose());
        }
    }

    @Then("class {word} is reserved for future use")
    public void classIsReservedForFutureUse(String letter) {
        AddressClass c = AddressClass.named(letter);
        if (!c.isReservedForFutureUse()) {
            throw ExpectationFailure.expected("class " + c + " to be reserved for future use", "it is " + c.purpose());
        }
    }
}
