package io.netspec.steps.socket;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.address.HostPort;
import io.netspec.core.ScenarioError;
import io.netspec.socket.ClientChecks;
import io.netspec.socket.Target;
import io.netspec.socket.TcpCrowd;
import io.netspec.steps.EndpointOpening;
import io.netspec.steps.Endpoints;
import io.netspec.steps.SocketLedger;
import io.netspec.steps.Where;
import io.netspec.steps.World;
import io.netspec.text.Size;

import java.net.InetSocketAddress;
import java.time.Duration;

/** TCP clients: one at a time, bound or not, a refused connection, and a crowd of clients at once. */
public final class TcpClientSteps {
    private final World world;
    private final SocketLedger ledger;
    private final EndpointOpening opening;

    public TcpClientSteps(World world, SocketLedger ledger, EndpointOpening opening) {
        this.world = world;
        this.ledger = ledger;
        this.opening = opening;
    }

    // ---- clients ------------------------------------------------------------------------------

    @Given("a TCP client {text}{place} connected to {text}")
    public void client(String name, Where where, String target) {
        opening.tcpClient(name, where, target, world.defaultWait(), null);
    }

    @Given("a TCP client {text}{place} connected to {text} within {duration}")
    public void clientWithin(String name, Where where, String target, Duration within) {
        opening.tcpClient(name, where, target, within, null);
    }

    @Given("a TCP client {text} bound to {text} and connected to {text}")
    public void boundClient(String name, String local, String target) {
        opening.tcpClient(name, new Where(null), target, world.defaultWait(), bindAddress(local));
    }

    static InetSocketAddress bindAddress(String text) {
        try {
            return HostPort.parse(text, 0);
        } catch (ScenarioError e) {
            throw ScenarioError.of("\"" + text + "\" is not a local address to bind (" + e.getMessage() + "); expected"
                    + " \"host:port\" such as \"127.0.0.2:0\" (port 0: the OS picks one)", e);
        }
    }

    @Then("a TCP connection to {text} is refused")
    public void refused(String target) {
        ClientChecks.refused(world.target(target), world.defaultWait(), world);
    }

    /** Many clients at once against one echo target, each with bytes of its own (seeded). */
    @When("{count} TCP clients connect to {text} at once and each sends {size} of its own")
    public void crowd(int count, String target, Size size) {
        Target t = world.target(target);
        TcpCrowd crowd = Endpoints.keep(world, count + " TCP clients of \"" + target + "\" #" + ledger.nextCrowd(),
                "group of TCP clients", TcpCrowd.connect(t, count, size.atMost(new Size(TcpCrowd.MOST_BYTES), "each client's share"),
                        world.random("bytes of " + count + " clients of " + target)));
        world.remember(TcpCrowd.class, crowd);
    }

    @Then("every one of the {count} clients receives exactly its own bytes back within {duration}")
    public void crowdEchoes(int count, Duration within) {
        ClientChecks.crowdEchoes(world.recall(TcpCrowd.class, "no clients were started; start them first with:"
                + " When 1000 TCP clients connect to \"echo\" at once and each sends 64 bytes of its own"), count, within, world);
    }
}
