package io.netspec.address;

import io.netspec.core.Evidence;
import io.netspec.core.ExpectationFailure;

import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of an address it classified: its class and classful parts, its traits and
 * special-purpose block, its form; and of the address classes and this machine's ports. Each fails with
 * what was expected and what the address is.
 */
public final class AddressChecks {
    private AddressChecks() {
    }

    public static void isClass(AddressClass expected, Classification it) {
        if (it.addressClass() != expected) {
            throw ExpectationFailure.expected(it.address() + " to be a class " + expected + " address", "it is "
                    + (it.addressClass() == null ? "IPv6, which has no address class" : "class " + it.addressClass()));
        }
    }

    public static void hasNoClass(Classification it) {
        if (it.addressClass() != null) {
            throw ExpectationFailure.of("expected " + it.address() + " to have no address class (only IPv4 has classes),"
                    + " but it is class " + it.addressClass());
        }
    }

    /** Fails unless {@code it} has (or, when not {@code expected}, lacks) {@code trait}, which {@code what} names. */
    public static void trait(Classification it, Trait trait, boolean expected, String what) {
        if (it.has(trait) != expected) {
            throw ExpectationFailure.expected(it.address() + (expected ? " to be " : " not to be ") + what, "it "
                    + (expected ? "is not" : "is") + ": " + it.describe());
        }
    }

    public static void globallyReachable(Classification it, boolean expected) {
        if (it.globallyReachable() != expected) {
            throw ExpectationFailure.expected(it.address() + (expected ? " to be" : " not to be")
                    + " globally reachable", "it " + (expected ? "is not" : "is") + ": " + it.describe());
        }
    }

    /** Fails unless the most specific special-purpose block of {@code it} is {@code block} named {@code name}. */
    public static void inBlock(Classification it, String block, String name) {
        SpecialBlock found = it.block();
        String expected = Cidr.parse(block).toString();
        if (found == null || !found.cidr().toString().equals(expected) || !found.name().equals(name)) {
            throw ExpectationFailure.expected(it.address() + " to belong to the special-purpose block " + block
                    + " named \"" + name + "\"", "its most specific block is "
                    + (found == null ? "none" : found.cidr() + " named \"" + found.name() + "\""));
        }
    }

    public static void inNoBlock(Classification it) {
        if (it.block() != null) {
            throw ExpectationFailure.expected(it.address() + " to belong to no special-purpose block", "it is in "
                    + it.block().cidr() + " named \"" + it.block().name() + "\"");
        }
    }

    /** Fails unless the classful network and host parts of {@code address} are {@code network} and {@code host}. */
    public static void parts(IpAddress address, String network, String host) {
        AddressClass c = classOf(address);
        String foundNetwork = c.networkPart(address);
        String foundHost = c.hostPart(address);
        if (!foundNetwork.equals(network) || !foundHost.equals(host)) {
            throw ExpectationFailure.expected(address + " to have network part \"" + network + "\" and host part \""
                    + host + "\"", "as a class " + c + " address its network part is \"" + foundNetwork
                    + "\" and its host part is \"" + foundHost + "\"");
        }
    }

    public static void defaultMask(IpAddress address, String mask) {
        AddressClass c = classOf(address);
        String found = c.defaultMask().toString();
        if (!found.equals(mask)) {
            throw ExpectationFailure.expected("the default mask of " + address + " to be " + mask, "class " + c
                    + " has default mask " + found);
        }
    }

    private static AddressClass classOf(IpAddress address) {
        if (!address.isIpv4()) {
            throw ExpectationFailure.of(address + " is IPv6: it has no address class, no classful parts and no default mask");
        }
        return AddressClass.of(address);
    }

    public static void mappedFrom(IpAddress address, String ipv4) {
        IpAddress expected = IpAddress.parse(ipv4);
        if (!address.isIpv4Mapped() || !address.mappedIpv4().equals(expected)) {
            throw ExpectationFailure.expected(address + " to be an IPv4-mapped IPv6 address for " + ipv4, "it is the "
                    + address.describe());
        }
    }

    public static void zone(IpAddress address, String zone) {
        if (!zone.equals(address.zone())) {
            throw ExpectationFailure.expected(address + " to have zone id \"" + zone + "\"", "it has "
                    + (address.zone() == null ? "none" : "\"" + address.zone() + "\""));
        }
    }

    /** Why {@code text} is no address (logged and attached); fails when it parses. */
    public static AddressFormatException rejection(String text, Evidence evidence) {
        IpAddress accepted;
        try {
            accepted = IpAddress.parse(text);
        } catch (AddressFormatException e) {
            evidence.log(e.getMessage());
            evidence.attach("why \"" + text + "\" was rejected", e.getMessage());
            return e;
        }
        throw ExpectationFailure.expected("the address \"" + text + "\" to be rejected", "it was accepted as the "
                + accepted.describe());
    }

    /** Fails unless {@code text} is rejected by a rule that says {@code reason}. */
    public static void rejectedBecause(String text, String reason, Evidence evidence) {
        AddressFormatException rejection = rejection(text, evidence);
        if (!rejection.rule().contains(reason)) {
            throw ExpectationFailure.expected("\"" + text + "\" to be rejected because " + reason, "the reason given was: "
                    + rejection.rule());
        }
    }

    /** Fails naming every row of {@code rows} (a table of addresses and what they are) that classifies otherwise. */
    public static void classifyAs(AddressClassifier classifier, List<Map<String, String>> rows, String table,
                                  Evidence evidence) {
        List<String> mismatches = new ClassificationTable(classifier).mismatches(rows);
        evidence.attach("addresses checked", table);
        if (!mismatches.isEmpty()) {
            throw ExpectationFailure.of(mismatches.size() + " mismatch(es) in the " + rows.size() + " rows of the"
                    + " address table:\n  " + String.join("\n  ", mismatches));
        }
    }

    public static void networksOfHosts(AddressClass c, long networks, long hosts) {
        if (!c.hasNetworksAndHosts()) {
            throw ExpectationFailure.of("class " + c + " has no networks or hosts: it is " + c.purpose());
        }
        if (c.networks() != networks || c.hostsPerNetwork() != hosts) {
            throw ExpectationFailure.expected("class " + c + " to have " + networks + " networks of " + hosts
                    + " hosts each", "its " + c.networkNumberBits() + " network bits and " + c.hostBits()
                    + " host bits give " + c.networks() + " networks of " + c.hostsPerNetwork() + " hosts each");
        }
    }

    public static void hostsRange(AddressClass c, String first, String last) {
        if (!c.hasNetworksAndHosts()) {
            throw ExpectationFailure.of("class " + c + " has no hosts: it is " + c.purpose() + " (its addresses range from "
                    + c.firstAddress() + " to " + c.lastAddress() + ")");
        }
        range("class " + c + " hosts", first, last, c.firstHost(), c.lastHost());
    }

    public static void addressesRange(AddressClass c, String first, String last) {
        range("class " + c + " addresses", first, last, c.firstAddress(), c.lastAddress());
    }

    private static void range(String what, String first, String last, IpAddress foundFirst, IpAddress foundLast) {
        if (!IpAddress.parse(first).equals(foundFirst) || !IpAddress.parse(last).equals(foundLast)) {
            throw ExpectationFailure.expected(what + " to range from " + first + " to " + last, "they range"
                    + " from " + foundFirst + " to " + foundLast);
        }
    }

    public static void multicast(AddressClass c) {
        if (!c.isMulticast()) {
            throw ExpectationFailure.expected("class " + c + " to be reserved for multicast", "it is " + c.purpose());
        }
    }

    public static void futureUse(AddressClass c) {
        if (!c.isReservedForFutureUse()) {
            throw ExpectationFailure.expected("class " + c + " to be reserved for future use", "it is " + c.purpose());
        }
    }

    /** A port check's problem ({@link PortClass}), if any, as a failure. */
    public static void port(String problem) {
        if (problem != null) {
            throw ExpectationFailure.of(problem);
        }
    }

    /** Fails unless this machine's ephemeral port range lies within {@code first} to {@code last}; logs the range. */
    public static void ephemeralWithin(long first, long last, Evidence evidence) {
        EphemeralPortRange range = EphemeralPortRange.ofThisMachine();
        evidence.log("ephemeral port range of this machine: " + range);
        if (range.first() < first || range.last() > last) {
            throw ExpectationFailure.expected("the ephemeral port range of this machine to lie within ports " + first
                    + " to " + last, "it is " + range);
        }
    }
}
