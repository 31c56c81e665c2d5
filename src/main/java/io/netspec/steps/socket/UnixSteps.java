package io.netspec.steps.socket;

import io.cucumber.java.en.Given;
import io.netspec.socket.Target;
import io.netspec.socket.UnixClient;
import io.netspec.socket.UnixServer;
import io.netspec.steps.Endpoints;
import io.netspec.steps.SocketLedger;
import io.netspec.steps.World;

/** Unix-domain stream servers and clients; sending, receiving and closing use the TCP phrases. */
public final class UnixSteps {
    private final World world;
    private final SocketLedger ledger;

    public UnixSteps(World world, SocketLedger ledger) {
        this.world = world;
        this.ledger = ledger;
    }

    @Given("a Unix-domain echo server {text}")
    public void echo(String name) {
        server(name, UnixServer.echo());
    }

    @Given("a Unix-domain sink server {text}")
    public void sink(String name) {
        server(name, UnixServer.sink());
    }

    private void server(String name, UnixServer.Builder builder) {
        UnixServer server = Endpoints.keep(world, name, "Unix-domain server",
                builder.named(name).checkedWith(world.streamCheck()).start());
        ledger.server(name, server);
        world.log("\"" + name + "\" listens on " + server.socketFile());
    }

    @Given("a Unix-domain client {text} connected to {text}")
    public void client(String name, String target) {
        Target t = world.target(target);
        UnixClient client = Endpoints.keep(world, name, "Unix-domain client", UnixClient.connect(name, t, world.defaultWait()));
        client.checkedWith(world.streamCheck());
        ledger.client(name, client);
    }
}
