package io.netspec.steps;

import io.cucumber.java.en.Given;

/** Settings that apply to the whole scenario. */
public final class ScenarioSteps {
    private final World world;

    public ScenarioSteps(World world) {
        this.world = world;
    }

    @Given("the random seed {long}")
    public void theRandomSeed(long seed) {
        world.seed(seed);
    }
}
