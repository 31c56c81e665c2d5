package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.netns.ConnectError;
import io.netspec.netns.Probes;
import io.netspec.packet.Between;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.Fate;
import io.netspec.packet.FaultTimeline;
import io.netspec.packet.Faults;
import io.netspec.packet.NetworkTreatment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Partitions with real hosts behind a router (office: web, app; dc: db; lab: probe; router gw on all
 * three): a cut holds on each network between the groups and nowhere else, one way is one way, a
 * reject makes the client's kernel say "connection refused" at once, a healed cut passes again, and a
 * rule that names a network its packets never cross is refused instead of silently never applying; a
 * rehearsed cut ({@link CutRehearsal}) is made and healed on faults of its own, between hosts apart.
 */
class PartitionsTest {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration SHORT = Duration.ofMillis(500);

    private final Faults faults = new Faults("test");
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final List<CaptureRing> rings = new ArrayList<>();
    private Topology topology;
    private Host web;
    private Host app;
    private Host db;
    private Host gw;
    private int echo;

    private InetAddress at(String address) {
        return IpAddress.parse(address).toInetAddress();
    }

    private Network network(String name, String range) {
        Network n = topology.network(name, range);
        CaptureRing ring = CaptureRing.withDefaults();
        rings.add(ring);
        n.treatment(new NetworkTreatment(name, () -> 1L, ring, faults.cuts()));
        owned.add(n);
        return n;
    }

    private Host host(String name, Network n, String address) {
        Host h = topology.host(name, List.of(new Topology.Join(n, IpAddress.parse(address))), false);
        owned.add(h);
        return h;
    }

    @BeforeEach
    void hosts() {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        topology = new Topology();
        Network office = network("office", "192.168.1.0/24");
        Network dc = network("dc", "10.0.0.0/8");
        Network lab = network("lab", "172.20.0.0/16");
        web = host("web", office, "192.168.1.10");
        app = host("app", office, "192.168.1.11");
        db = host("db", dc, "10.0.0.5");
        host("probe", lab, "172.20.0.9");
        host("alone", network("island", "198.51.100.0/24"), "198.51.100.7");
        gw = topology.host("gw", List.of(new Topology.Join(office, IpAddress.parse("192.168.1.1")),
                new Topology.Join(dc, IpAddress.parse("10.0.0.1")), new Topology.Join(lab, IpAddress.parse("172.20.0.1"))), true);
        owned.add(gw);
    }

    @AfterEach
    void close() throws Exception {
        faults.close();
        for (int i = owned.size() - 1; i >= 0; i--) {
            owned.get(i).close();
        }
    }

    private boolean reaches(Host from, String to, Duration within) {
        return from.echo(at(to), ++echo, within).isPresent();
    }

    @Test
    void aCutAcrossTheRouterHoldsOnEachNetworkBetweenTheGroupsAndHeals() {
        assertThat(reaches(web, "10.0.0.5", WAIT)).isTrue();
        Partitions partitions = new Partitions(topology, faults);
        partitions.cutOff("web, app", "db", null);
        assertThat(reaches(web, "10.0.0.5", SHORT)).isFalse();
        assertThat(reaches(db, "192.168.1.11", SHORT)).isFalse();
        assertThat(reaches(web, "192.168.1.11", WAIT)).as("inside a group").isTrue();
        assertThat(reaches(web, "10.0.0.1", WAIT)).as("the router itself").isTrue();
        assertThat(droppedOn(0)).as("on office: web's and app's echoes to db").isPositive();
        assertThat(droppedOn(1)).as("on dc: db's echoes to app").isPositive();
        assertThat(partitions.heal()).isEqualTo(1);
        assertThat(reaches(web, "10.0.0.5", WAIT)).isTrue();
        assertThatThrownBy(partitions::heal).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cut of this scenario is in force");
    }

    @Test
    void aRehearsedCutIsMadeAndHealedOnFaultsOfItsOwnAndLeavesTheScenariosUntouched() {
        Optional<FaultTimeline.Entry> cut = CutRehearsal.rehearse(topology);
        assertThat(cut).as("web and app, the first two hosts").hasValueSatisfying(e -> {
            assertThat(e.words()).isEqualTo("hosts \"web\" cut off from \"app\"");
            assertThat(e.endNanos()).as("healed").isNotZero();
        });
        assertThat(faults.timeline().entries()).isEmpty();
        assertThat(reaches(web, "192.168.1.11", WAIT)).as("web to app, on office").isTrue();
        assertThat(rings.stream().flatMap(r -> r.frames().stream())).noneMatch(c -> c.fate() == Fate.DROPPED);
    }

    @Test
    void theRehearsalPassesOverHostsThatShareAnAddressAndNeedsNoNameAStepCouldParse() {
        Topology alone = new Topology();
        Network shared = alone.network("shared", "203.0.113.0/24");
        owned.add(shared);
        Topology.Join at = new Topology.Join(shared, IpAddress.parse("203.0.113.5"));
        owned.add(topologyHost(alone, "one", at));
        owned.add(topologyHost(alone, "two", at.evenIfTaken()));  // as "despite the address being taken" makes it
        assertThat(CutRehearsal.rehearse(alone)).as("no two hosts with addresses apart").isEmpty();
        owned.add(topologyHost(alone, "c..d", new Topology.Join(shared, IpAddress.parse("203.0.113.6"))));
        assertThat(CutRehearsal.rehearse(alone)).hasValueSatisfying(e -> assertThat(e.words())
                .isEqualTo("hosts \"one\" cut off from \"c..d\""));
    }

    private static Host topologyHost(Topology t, String name, Topology.Join join) {
        return t.host(name, List.of(join), false);
    }

    private long droppedOn(int network) {
        return rings.get(network).frames().stream().filter(c -> c.fate() == Fate.DROPPED).count();
    }

    @Test
    void oneHostFromEveryOtherAndACutForATimeThatHealsByItself() {
        Partitions partitions = new Partitions(topology, faults);
        // Two probes of SHORT each fit well inside the cut even when a busy machine starts them late.
        Duration cut = Duration.ofSeconds(2);
        Faults.Fault fault = partitions.cutOffFromEveryOther("db", cut);
        assertThat(reaches(web, "10.0.0.5", SHORT)).isFalse();
        assertThat(reaches(gw, "10.0.0.5", SHORT)).as("the router too").isFalse();
        await("the cut to heal by itself").atMost(WAIT.plus(cut)).until(() -> fault.entry().endNanos() != 0);
        assertThat(reaches(web, "10.0.0.5", WAIT)).isTrue();
        assertThat(faults.timeline().cutOff("web", System.nanoTime())).isGreaterThanOrEqualTo(cut);
    }

    @Test
    void oneWayDropsOnlyOneDirectionOnTheNetworkItNames() {
        new Partitions(topology, faults).dropEvery("dc", "db", "web", null);
        assertThat(reaches(web, "10.0.0.5", SHORT)).as("db's replies to web are dropped").isFalse();
        List<Captured> onDc = rings.get(1).frames();
        assertThat(onDc).anyMatch(c -> c.fate() == Fate.PASSED && c.packet().source().equals(at("192.168.1.10")))
                .as("web's requests reach db").isNotEmpty();
        assertThat(onDc).anyMatch(c -> c.fate() == Fate.DROPPED && c.packet().source().equals(at("10.0.0.5")));
        assertThat(reaches(app, "10.0.0.5", WAIT)).as("another host of office").isTrue();
    }

    @Test
    void aRejectMakesTheClientsKernelRefuseAtOnce() {
        new Partitions(topology, faults).reject("office", "db", null);
        Probes.ConnectOutcome outcome = web.connect(at("10.0.0.5"), 5432, WAIT);
        assertThat(ConnectError.named("connection refused").matches(outcome)).as(outcome.osWords()).isTrue();
        assertThat(outcome.took()).isLessThan(WAIT);
        assertThat(rings.get(0).frames()).anyMatch(c -> c.packet().has(io.netspec.packet.Packet.RST)
                && c.detail().startsWith("made by netspec"));
        assertThat(faults.timeline().entries()).extracting(FaultTimeline.Entry::kind).containsExactly(FaultTimeline.Kind.REJECT);
    }

    @Test
    void aDirectionalRuleOnANetworkItsPacketsNeverCrossIsRefusedNamingTheNetworksTheyCross() {
        assertThatThrownBy(() -> Directions.on(topology, "lab", "web", "db", "drop 20% of packets from \"web\" to \"db\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the network \"lab\" cannot drop 20% of packets"
                        + " from \"web\" to \"db\": those packets never cross it; they cross \"office\", \"dc\", so name one of those");
        assertThatThrownBy(() -> new Partitions(topology, faults).reject("island", "web", null))
                .hasMessageContaining("no packet to \"web\" crosses it");
        assertThatThrownBy(() -> Directions.on(topology, "island", "alone", "web", "x"))
                .hasMessageContaining("\"alone\" cannot reach \"web\" at all");
        assertThat(Directions.on(topology, "dc", "gw", "db", "x")).as("every address of the router towards db's")
                .containsExactlyInAnyOrder(new Between(at("192.168.1.1"), at("10.0.0.5")),
                        new Between(at("10.0.0.1"), at("10.0.0.5")), new Between(at("172.20.0.1"), at("10.0.0.5")));
    }

    @Test
    void badGroupsAreRefusedNamingTheInputAndTheRule() {
        Partitions p = new Partitions(topology, faults);
        assertThatThrownBy(() -> p.cutOff("db", "db", null)).hasMessage("host \"db\" cannot be cut off from itself;"
                + " name two different hosts");
        assertThatThrownBy(() -> p.cutOff("web, db", "db, app", null)).hasMessageContaining("host \"db\" is in both groups");
        assertThatThrownBy(() -> p.cutOff("web, nosuch", "db", null)).hasMessageContaining("there is no host named \"nosuch\"");
        assertThatThrownBy(() -> p.cutOff("web,,app", "db", null)).hasMessageContaining("has an empty host name");
        assertThatThrownBy(() -> p.dropEvery("nowhere", "web", "db", null)).hasMessageContaining("there is no network named \"nowhere\"");
        assertThatThrownBy(() -> p.cutOff("web", "db", Duration.ZERO)).hasMessageContaining("a fault cannot last 0 ms");
        assertThat(faults.cuts().rules()).isEmpty();
    }
}
