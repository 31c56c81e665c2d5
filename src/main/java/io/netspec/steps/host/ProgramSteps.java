package io.netspec.steps.host;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.netspec.host.Program;
import io.netspec.steps.Endpoints;
import io.netspec.steps.FaultLab;
import io.netspec.steps.HostLab;
import io.netspec.steps.World;
import io.netspec.text.Payload;

import java.time.Duration;

/** The user's own programs on hosts: started, run to completion, killed, paused, restarted, and what they did. */
public final class ProgramSteps {
    private final World world;
    private final HostLab lab;
    private final FaultLab faults;

    public ProgramSteps(World world, HostLab lab, FaultLab faults) {
        this.world = world;
        this.lab = lab;
        this.faults = faults;
    }

    @Given("the command {text} runs on host {text}")
    public void command(String commandLine, String host) {
        start(commandLine, host, "command " + (lab.programs().size() + 1) + " on \"" + host + "\"", Program.Mode.KEEPS_RUNNING);
    }

    @Given("the command {text} runs on host {text} as {text}")
    public void named(String commandLine, String host, String name) {
        start(commandLine, host, name, Program.Mode.KEEPS_RUNNING);
    }

    @When("the command {text} runs on host {text} to completion within {duration} as {text}")
    public void toCompletion(String commandLine, String host, Duration within, String name) {
        start(commandLine, host, name, Program.Mode.TO_COMPLETION).awaitCompletion(within);
    }

    private Program start(String commandLine, String host, String name, Program.Mode mode) {
        world.checkFree(name, "program");
        Program program = lab.program(Endpoints.keep(world, name, "program",
                Program.start(lab.host(host), name, commandLine, mode, world::defaultWait))).observedBy(faults.programs());
        world.log(program.describe() + " started (its init: pid " + program.pid() + ")");
        return program;
    }

    @Then("{text} prints a line matching {text} within {duration}")
    public void printsLine(String name, String regex, Duration within) {
        world.log("\"" + name + "\" printed: " + program(name).awaitLine(regex, within));
    }

    @Then("{text} is running")
    public void running(String name) {
        program(name).checkRunning();
    }

    @When("{text} is killed")
    public void killed(String name) {
        program(name).kill();
    }

    @When("{text} is paused for {duration}")
    public void paused(String name, Duration period) {
        program(name).pause(period);
    }

    @When("{text} is restarted")
    public void restarted(String name) {
        program(name).restart();
    }

    @Then("{text} exited with status {count}")
    public void exitStatus(String name, int status) {
        program(name).checkExitStatus(status);
    }

    @Then("{text} printed {payload}")
    public void printed(String name, byte[] text) {
        program(name).checkPrinted(text, Payload.describe(text));
    }

    private Program program(String name) {
        return world.lookup(name, Program.class, "program");
    }
}
