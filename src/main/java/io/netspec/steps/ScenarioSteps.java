package io.netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.netspec.core.ExpectationFailure;
import io.netspec.socket.StreamCheck;
import io.netspec.socket.Targets;
import io.netspec.text.Placeholders;

/** Settings that apply to the whole scenario. */
public final class ScenarioSteps {
    private final World world;

    public ScenarioSteps(World world) {
        this.world = world;
    }

    @Given("the random seed {number}")
    public void theRandomSeed(long seed) {
        world.seed(seed);
    }

    /** The wait of every later step that names no bound of its own (2 s unless the run's settings say otherwise). */
    @Given("every wait in this scenario is at most {duration}")
    public void everyWait(java.time.Duration wait) {
        world.defaultWait(wait);
    }

    /** SHA-256 (the default) or CRC32C, for every TCP and Unix-domain server and client the scenario starts. */
    @Given("byte streams are checked with {word}")
    public void byteStreamsAreCheckedWith(String check) {
        world.streamCheck(StreamCheck.named(check));
    }

    /** Lets later steps write ${NAME} for a port this scenario only learns while it runs. */
    @Given("the port of {text} is saved as {word}")
    public void thePortIsSavedAs(String name, String variable) {
        world.setVariable(variable, String.valueOf(Targets.portOf(name, world.target(name))));
    }

    /**
     * Skips (does not fail) the scenario when NAME is neither saved by the scenario, nor an environment
     * variable, nor a system property: for scenarios against a service only some machines have.
     */
    @Given("the variable {word} is set, or the scenario is skipped")
    public void variableOrSkip(String name) {
        boolean set = world.variable(name).isPresent() || Placeholders.fromEnvironment().lookup(name) != null;
        Skips.unlessSet(name, set, world);
    }

    @Then("the random seed is {number}")
    public void theRandomSeedIs(long expected) {
        long seed = world.seed();
        if (seed != expected) {
            throw ExpectationFailure.expected("the scenario's random seed to be " + expected, "it is " + seed);
        }
    }
}
