package io.netspec.steps.address;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.address.AddressChecks;
import io.netspec.address.AddressClass;
import io.netspec.address.AddressClassifier;
import io.netspec.address.Classification;
import io.netspec.address.Trait;
import io.netspec.steps.World;

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
        AddressChecks.isClass(AddressClass.named(letter), it());
    }

    @Then("it has no address class")
    public void itHasNoAddressClass() {
        AddressChecks.hasNoClass(it());
    }

    @Then("it is private")
    public void itIsPrivate() {
        AddressChecks.trait(it(), Trait.PRIVATE, true, "private (RFC 1918 or fc00::/7)");
    }

    @Then("it is not private")
    public void itIsNotPrivate() {
        AddressChecks.trait(it(), Trait.PRIVATE, false, "private (RFC 1918 or fc00::/7)");
    }

    @Then("it is a loopback address")
    public void itIsALoopbackAddress() {
        AddressChecks.trait(it(), Trait.LOOPBACK, true, "a loopback address (127.0.0.0/8 or ::1)");
    }

    @Then("it is not a loopback address")
    public void itIsNotALoopbackAddress() {
        AddressChecks.trait(it(), Trait.LOOPBACK, false, "a loopback address (127.0.0.0/8 or ::1)");
    }

    @Then("it is a multicast address")
    public void itIsAMulticastAddress() {
        AddressChecks.trait(it(), Trait.MULTICAST, true, "a multicast address (224.0.0.0/4 or ff00::/8)");
    }

    @Then("it is not a multicast address")
    public void itIsNotAMulticastAddress() {
        AddressChecks.trait(it(), Trait.MULTICAST, false, "a multicast address (224.0.0.0/4 or ff00::/8)");
    }

    @Then("it is a link-local address")
    public void itIsALinkLocalAddress() {
        AddressChecks.trait(it(), Trait.LINK_LOCAL, true, "a link-local address (169.254.0.0/16 or fe80::/10)");
    }

    @Then("it is not a link-local address")
    public void itIsNotALinkLocalAddress() {
        AddressChecks.trait(it(), Trait.LINK_LOCAL, false, "a link-local address (169.254.0.0/16 or fe80::/10)");
    }

    @Then("it is globally reachable")
    public void itIsGloballyReachable() {
        AddressChecks.globallyReachable(it(), true);
    }

    @Then("it is not globally reachable")
    public void itIsNotGloballyReachable() {
        AddressChecks.globallyReachable(it(), false);
    }

    @Then("it belongs to the special-purpose block {text} named {text}")
    public void itBelongsToTheSpecialPurposeBlockNamed(String block, String name) {
        AddressChecks.inBlock(it(), block, name);
    }

    @Then("it belongs to no special-purpose block")
    public void itBelongsToNoSpecialPurposeBlock() {
        AddressChecks.inNoBlock(it());
    }

    @Then("its network part is {text} and its host part is {text}")
    public void itsNetworkPartIsAndItsHostPartIs(String network, String host) {
        AddressChecks.parts(it().address(), network, host);
    }

    @Then("its default mask is {text}")
    public void itsDefaultMaskIs(String mask) {
        AddressChecks.defaultMask(it().address(), mask);
    }

    @Then("it is an IPv4-mapped IPv6 address for {text}")
    public void itIsAnIpv4MappedIpv6AddressFor(String ipv4) {
        AddressChecks.mappedFrom(it().address(), ipv4);
    }

    @Then("its zone id is {text}")
    public void itsZoneIdIs(String zone) {
        AddressChecks.zone(it().address(), zone);
    }

    @Then("the address {text} is rejected")
    public void theAddressIsRejected(String text) {
        AddressChecks.rejection(text, world);
    }

    @Then("the address {text} is rejected because {text}")
    public void theAddressIsRejectedBecause(String text, String quotedReason) {
        String reason = quotedReason.replace("\\\"", "\"").replace("\\\\", "\\");
        AddressChecks.rejectedBecause(text, reason, world);
    }

    @Then("these addresses classify as:")
    public void theseAddressesClassifyAs(DataTable table) {
        AddressChecks.classifyAs(classifier, table.asMaps(), table.toString(), world);
    }

    @Then("class {word} has {number} networks of {number} hosts each")
    public void classHasNetworksOfHostsEach(String letter, long networks, long hosts) {
        AddressChecks.networksOfHosts(AddressClass.named(letter), networks, hosts);
    }

    @Then("class {word} hosts range from {text} to {text}")
    public void classHostsRangeFromTo(String letter, String first, String last) {
        AddressChecks.hostsRange(AddressClass.named(letter), first, last);
    }

    @Then("class {word} addresses range from {text} to {text}")
    public void classAddressesRangeFromTo(String letter, String first, String last) {
        AddressChecks.addressesRange(AddressClass.named(letter), first, last);
    }

    @Then("class {word} is reserved for multicast")
    public void classIsReservedForMulticast(String letter) {
        AddressChecks.multicast(AddressClass.named(letter));
    }

    @Then("class {word} is reserved for future use")
    public void classIsReservedForFutureUse(String letter) {
        AddressChecks.futureUse(AddressClass.named(letter));
    }
}
