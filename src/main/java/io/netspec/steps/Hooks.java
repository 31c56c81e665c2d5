package io.netspec.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Starts and ends every scenario's World. Capability hooks that attach results use an order above 0. */
public final class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        world.begin(scenario);
    }

    /** After-hooks run highest order first, so this one, at 0, closes everything last. */
    @After(order = 0)
    public void end(Scenario scenario) {
        if (scenario.isFailed() && world.hasSeed()) {
            scenario.log("replay with: Given the random seed " + world.seed());
        }
        world.close();
    }
}
