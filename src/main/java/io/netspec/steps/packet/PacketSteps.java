package io.netspec.steps.packet;

import io.cucumber.java.en.Given;
import io.netspec.core.ScenarioError;
import io.netspec.impair.Impairment;
import io.netspec.packet.FaultTimeline;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpClient;
import io.netspec.steps.FaultLab;
import io.netspec.steps.PacketLab;
import io.netspec.steps.World;
import io.netspec.text.Durations;
import io.netspec.text.Percent;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a network does to the packets that cross it: loss, delay, duplication, reordering, a rate
 * limit and deterministic drops, all in netspec's switch and seeded by the scenario's seed. Each ends
 * with the scenario (the network's treatment closes with its switch).
 */
public final class PacketSteps {
    private final World world;
    private final PacketLab lab;
    private final FaultLab faults;

    public PacketSteps(World world, PacketLab lab, FaultLab faults) {
        this.world = world;
        this.lab = lab;
        this.faults = faults;
    }

    @Given("the network {text} drops {percent} of packets")
    public void drops(String network, Percent loss) {
        impair(network, "drops " + loss + " of packets", i -> i.withLoss(loss.fraction()));
    }

    @Given("the network {text} drops packets in bursts of {count} on average")
    public void bursts(String network, int length) {
        impair(network, "drops packets in bursts of " + length, i -> i.withBursts(length));
    }

    @Given("the network {text} delays packets by {duration} with {duration} of jitter")
    public void delays(String network, Duration delay, Duration jitter) {
        impair(network, "delays packets by " + Durations.format(delay) + " with " + Durations.format(jitter)
                + " of jitter", i -> i.withDelay(delay, jitter));
    }

    @Given("the network {text} duplicates {percent} of packets")
    public void duplicates(String network, Percent share) {
        impair(network, "duplicates " + share + " of packets", i -> i.withDuplication(share.fraction()));
    }

    @Given("the network {text} reorders {percent} of packets")
    public void reorders(String network, Percent share) {
        impair(network, "reorders " + share + " of packets", i -> i.withReordering(share.fraction()));
    }

    @Given("the network {text} drops {percent} of packets from {text} to {text}")
    public void dropsBetween(String network, Percent loss, String from, String to) {
        impair(network, from, to, "drops " + loss + " of packets", i -> i.withLoss(loss.fraction()));
    }

    @Given("the network {text} delays packets from {text} to {text} by {duration} with {duration} of jitter")
    public void delaysBetween(String network, String from, String to, Duration delay, Duration jitter) {
        impair(network, from, to, "delays packets by " + Durations.format(delay), i -> i.withDelay(delay, jitter));
    }

    @Given("the network {text} is limited to {double} Mbit\\/s")
    public void limitedMbit(String network, double megabits) {
        limit(network, megabits * 1e6);
    }

    @Given("the network {text} is limited to {double} kbit\\/s")
    public void limitedKbit(String network, double kilobits) {
        limit(network, kilobits * 1e3);
    }

    @Given("the network {text} drops the first SYN packet to {text}")
    public void dropsFirstSyn(String network, String to) {
        dropsFirstSyns(network, 1, to);
    }

    @Given("the network {text} drops the first {count} SYN packets to {text}")
    public void dropsFirstSyns(String network, int count, String to) {
        NetworkTreatment treatment = lab.treatment(network);
        named(network, () -> treatment.dropFirstSyns(lab.address(to), count));
        world.log("network \"" + network + "\" drops the first " + count + " SYN packet(s) to \"" + to + "\" ("
                + lab.address(to).getHostAddress() + ")");
    }

    @Given("the network {text} drops data segment {count} from {text}")
    public void dropsSegment(String network, int number, String from) {
        NetworkTreatment treatment = lab.treatment(network);
        InetSocketAddress source = source(from);
        named(network, () -> treatment.dropDataSegment(source, number));
        world.log("network \"" + network + "\" drops data segment " + number + " from \"" + from + "\" ("
                + sourceWords(source) + "), its first transmission only");
    }

    private static String sourceWords(InetSocketAddress source) {
        return source.getPort() == 0 ? source.getAddress().getHostAddress() + ", its first connection" : Hosts.show(source);
    }

    /** A client's own address and port, or a host's address (port 0: the first connection it opens). */
    private InetSocketAddress source(String name) {
        if (world.all(TcpClient.class).stream().anyMatch(c -> c.name().equals(name))) {
            return lab.client(name).localAddress();
        }
        return new InetSocketAddress(lab.address(name), 0);
    }

    /** Changes the whole network ({@code what} in the phrase's words), logged and on the fault timeline. */
    private void impair(String network, String what, UnaryOperator<Impairment> change) {
        NetworkTreatment treatment = lab.treatment(network);
        treatment.impair(change);
        faults.changed(FaultTimeline.Kind.IMPAIRMENT, "the network \"" + network + "\" " + what, List.of());
        world.log(treatment.describe() + " (random choices from seed " + world.seed() + ")");
    }

    /** Changes one direction: every pair of the two hosts' addresses, once packets between them are known to cross the network. */
    private void impair(String network, String from, String to, String what, UnaryOperator<Impairment> change) {
        NetworkTreatment treatment = lab.treatment(network);
        String rule = what + " from \"" + from + "\" to \"" + to + "\"";
        treatment.impair(lab.directions(network, from, to, rule.replace("drops", "drop").replace("delays", "delay")), change);
        faults.changed(FaultTimeline.Kind.IMPAIRMENT, "the network \"" + network + "\" " + rule, List.of(from, to));
        world.log(treatment.describe());
    }

    private void limit(String network, double bitsPerSecond) {
        NetworkTreatment treatment = lab.treatment(network);
        named(network, () -> treatment.limitRate(Math.round(bitsPerSecond)));
        world.log(treatment.describe());
    }

    private static void named(String network, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of("the network \"" + network + "\": " + e.getMessage(), e);
        }
    }
}
