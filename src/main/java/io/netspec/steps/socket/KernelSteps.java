package io.netspec.steps.socket;

import io.cucumber.java.en.Given;
import io.netspec.host.Host;
import io.netspec.host.KernelSetting;
import io.netspec.steps.World;

/** A network setting of one host's own kernel, such as how it backs off retransmitted SYNs. */
public final class KernelSteps {
    private final World world;

    public KernelSteps(World world) {
        this.world = world;
    }

    @Given("the kernel setting {text} is {text} on host {text}")
    public void setting(String name, String value, String hostName) {
        Host host = world.lookup(hostName, Host.class, "host");
        String before = KernelSetting.set(host, name, value);
        world.log(name + " = " + value + " on host \"" + hostName + "\" (was " + before + "; its own namespace only)");
    }
}
