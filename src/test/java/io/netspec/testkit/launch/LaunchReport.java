package io.netspec.testkit.launch;

import io.netspec.host.Capability;
import io.netspec.launch.Verdict;

/** Run in a child JVM under a condition made for real: prints what the launcher recorded and what hosts would say. */
public final class LaunchReport {
    private LaunchReport() {
    }

    public static void main(String[] args) {
        System.out.println("verdict=" + Verdict.recorded().map(v -> v.outcome() + " " + v.blocker()).orElse("none"));
        System.out.println("missing=" + Capability.missing().orElse("nothing"));
    }
}
