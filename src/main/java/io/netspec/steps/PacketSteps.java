package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.netspec.core.ScenarioError;
import io.netspec.fault.Impairment;
import io.netspec.packet.Between;
import io.netspec.packet.NetworkTreatment;
import io.netspec.socket.Hosts;
import io.netspec.socket.TcpClient;
import io.netspec.text.Percent;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What a network does to the packets that cross it: loss, delay, duplication, reordering, a rate
 * limit and deterministic drops, all in netspec's switch and seeded by the scenario's seed. Each ends
 * with the scenario (the network's treatment closes with its switch).
 */
public final class PacketSteps {
    private final World world;
    private final PacketLab lab;

    public PacketSteps(World world, PacketLab lab) {
        this.world = world;
        this.lab = lab;
    }

    @Given("the network {text} drops {percent} of packets")
    public void drops(String network, Percent loss) {
        impair(network, i -> i.withLoss(loss.fraction()));
    }

    @Given("the network {text} drops packets in bursts of {int} on average")
    public void bursts(String network, int length) {
        impair(network, i -> i.withBursts(length));
    }

    @Given("the network {text} delays packets by {duration} with {duration} of jitter")
    public void delays(String network, Duration delay, Duration jitter) {
        impair(network, i -> i.withDelay(delay, jitter));
    }

    @Given("the network {text} duplicates {percent} of packets")
    public void duplicates(String network, Percent share) {
        impair(network, i -> i.withDuplication(share.fraction()));
    }

    @Given("the network {text} reorders {percent} of packets")
    public void reorders(String network, Percent share) {
        impair(network, i -> i.withReordering(share.fraction()));
    }

    @Given("the network {text} drops {percent} of packets from {text} to {text}")
    public void dropsBetween(String network, Percent loss, String from, String to) {
        impair(network, from, to, i -> i.withLoss(loss.fraction()));
    }

    @Given("the network {text} delays packets from {text} to {text} by {duration} with {duration} of jitter")
    public void delaysBetween(String network, String from, String to, Duration delay, Duration jitter) {
        impair(network, from, to, i -> i.withDelay(delay, jitter));
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

    @Given("the network {text} drops the first {int} SYN packets to {text}")
    public void dropsFirstSyns(String network, int count, String to) {
        NetworkTreatment treatment = lab.treatment(network);
        named(network, () -> treatment.dropFirstSyns(lab.address(to), count));
        world.log("network \"" + network + "\" drops the first " + count + " SYN packet(s) to \"" + to + "\" ("
                + lab.address(to).getHostAddress() + ")");
    }

    @Given("the network {text} drops data segment {int} from {text}")
    public void dropsSegment(String network, int number, String from) {
        NetworkTreatment treatment = lab.treatment(network);
        InetSocketAddress source = source(from);
        named(network, () -> treatment.dropDataSegment(source, number));
        world.log("network \"" + network + "\" drops data segment " + number + " from \"" + from + "\" ("
                + (source.getPort() == 0 ? source.getAddress().getHostAddress() + ", its first connection"
                : Hosts.show(source)) + "), its first transmission only");
    }

    /** A client's own address and port, or a host's address (port 0: the first connection it opens). */
    private InetSocketAddress source(String name) {
        if (world.all(TcpClient.class).stream().anyMatch(c -> c.name().equals(name))) {
            return lab.client(name).localAddress();
        }
        return new InetSocketAddress(lab.address(name), 0);
    }

    private void impair(String network, UnaryOperator<Impairment> change) {
        NetworkTreatment treatment = lab.treatment(network);
        treatment.impair(change);
        world.log(treatment.describe() + " (random choices from seed " + world.seed() + ")");
    }

    private void impair(String network, String from, String to, UnaryOperator<Impairment> change) {
        NetworkTreatment treatment = lab.treatment(network);
        treatment.impair(new Between(lab.address(from), lab.address(to)), change);
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
