package io.netspec.address;

import io.netspec.core.ExpectationFailure;
import io.netspec.testkit.KeptEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressChecksTest {
    private final AddressClassifier classifier = AddressClassifier.iana();
    private final Classification office = classifier.classify("192.168.1.20");
    private final Classification v6 = classifier.classify("2001:db8::1");

    @Test
    void theClassAndTheClassfulPartsOfAnAddress() {
        AddressChecks.isClass(AddressClass.C, office);
        assertThatThrownBy(() -> AddressChecks.isClass(AddressClass.A, office)).isInstanceOf(ExpectationFailure.class)
                .hasMessage("expected 192.168.1.20 to be a class A address, but it is class C");
        AddressChecks.hasNoClass(v6);
        assertThatThrownBy(() -> AddressChecks.hasNoClass(office)).hasMessageEndingWith("but it is class C");
        AddressChecks.parts(office.address(), "192.168.1", "20");
        assertThatThrownBy(() -> AddressChecks.parts(office.address(), "192.168", "1.20"))
                .hasMessageContaining("as a class C address its network part is \"192.168.1\"");
        AddressChecks.defaultMask(office.address(), "255.255.255.0");
        assertThatThrownBy(() -> AddressChecks.defaultMask(v6.address(), "255.0.0.0"))
                .hasMessageEndingWith("is IPv6: it has no address class, no classful parts and no default mask");
    }

    @Test
    void traitsBlocksAndForms() {
        AddressChecks.trait(office, Trait.PRIVATE, true, "private");
        assertThatThrownBy(() -> AddressChecks.trait(office, Trait.PRIVATE, false, "private"))
                .hasMessageStartingWith("expected 192.168.1.20 not to be private, but it is: ");
        AddressChecks.globallyReachable(office, false);
        AddressChecks.inBlock(office, "192.168.0.0/16", office.block().name());
        assertThatThrownBy(() -> AddressChecks.inNoBlock(office)).hasMessageContaining("it is in 192.168.0.0/16");
        AddressChecks.mappedFrom(IpAddress.parse("::ffff:192.0.2.1"), "192.0.2.1");
        assertThatThrownBy(() -> AddressChecks.zone(office.address(), "eth0")).hasMessageEndingWith("but it has none");
    }

    @Test
    void aRejectionIsLoggedAndAnAcceptedAddressIsNoRejection() {
        KeptEvidence evidence = new KeptEvidence();
        AddressFormatException e = AddressChecks.rejection("192.168.1.256", evidence);
        assertThat(evidence.log).containsExactly(e.getMessage());
        assertThat(evidence.attached).containsKey("why \"192.168.1.256\" was rejected");
        assertThatThrownBy(() -> AddressChecks.rejectedBecause("192.168.1.256", "no such rule", evidence))
                .hasMessageStartingWith("expected \"192.168.1.256\" to be rejected because no such rule");
        assertThatThrownBy(() -> AddressChecks.rejection("192.168.1.1", evidence))
                .hasMessageStartingWith("expected the address \"192.168.1.1\" to be rejected, but it was accepted as the ");
    }

    @Test
    void aTableOfAddressesNamesEachMismatch() {
        KeptEvidence evidence = new KeptEvidence();
        List<Map<String, String>> rows = List.of(Map.of("address", "10.1.2.3", "class", "B"));
        assertThatThrownBy(() -> AddressChecks.classifyAs(classifier, rows, "| address | class |", evidence))
                .isInstanceOf(ExpectationFailure.class).hasMessageStartingWith("1 mismatch(es) in the 1 rows of the address table:");
        assertThat(evidence.attached).containsEntry("addresses checked", "| address | class |");
    }

    @Test
    void theAddressClassesAndThePorts() {
        AddressChecks.networksOfHosts(AddressClass.C, AddressClass.C.networks(), AddressClass.C.hostsPerNetwork());
        assertThatThrownBy(() -> AddressChecks.networksOfHosts(AddressClass.D, 1, 1))
                .hasMessageStartingWith("class D has no networks or hosts: it is ");
        AddressChecks.hostsRange(AddressClass.A, AddressClass.A.firstHost().toString(), AddressClass.A.lastHost().toString());
        AddressChecks.addressesRange(AddressClass.E, AddressClass.E.firstAddress().toString(),
                AddressClass.E.lastAddress().toString());
        AddressChecks.multicast(AddressClass.D);
        AddressChecks.futureUse(AddressClass.E);
        assertThatThrownBy(() -> AddressChecks.futureUse(AddressClass.D)).hasMessageStartingWith("expected class D to be"
                + " reserved for future use");
        AddressChecks.port(null);
        assertThatThrownBy(() -> AddressChecks.port("port 80 is well known")).hasMessage("port 80 is well known");
        KeptEvidence evidence = new KeptEvidence();
        AddressChecks.ephemeralWithin(0, 65535, evidence);
        assertThat(evidence.log).singleElement().asString().startsWith("ephemeral port range of this machine: ");
        assertThatThrownBy(() -> AddressChecks.ephemeralWithin(0, 1, evidence))
                .hasMessageStartingWith("expected the ephemeral port range of this machine to lie within ports 0 to 1");
    }
}
