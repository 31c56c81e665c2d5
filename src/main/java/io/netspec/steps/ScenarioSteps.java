package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

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

    @Then("the random seed is {long}")
    public void theRandomSeedIs(long expected) {
        long seed = world.seed();
        if (seed != expected) {
            throw new AssertionError("expected the scenario's random seed to be " + expected + ", but it is " + seed);
        }
    }
}
