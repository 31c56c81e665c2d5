package io.netspec.steps.socket;

import io.cucumber.java.After;
import io.netspec.steps.SocketLedger;
import io.netspec.steps.World;

/** Attaches every socket's transcript to the report, before the World closes them (order above 0). */
public final class SocketHooks {
    private final World world;
    private final SocketLedger ledger;

    public SocketHooks(World world, SocketLedger ledger) {
        this.world = world;
        this.ledger = ledger;
    }

    @After(order = 100)
    public void attachTranscripts() {
        ledger.attachAll(world);
    }
}
