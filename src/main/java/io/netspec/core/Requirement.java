package io.netspec.core;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything netspec skips, with the reason, where this machine cannot run it; {@code -Dnetspec.require=hosts,...}
 * (or {@code NETSPEC_REQUIRE}) turns a would-be skip of each named one into a failure with the same reason,
 * for CI that must run them.
 */
public enum Requirement {
    HOSTS("hosts", "hosts: the @hosts and @packets scenarios and the tests of hosts (Linux, root or a user namespace)"),
    TOXIPROXY("toxiproxy", "the Toxiproxy server, for the tests of links (built with Go by ci/install-toxiproxy.sh)"),
    TCPDUMP("tcpdump", "tcpdump, which reads netspec's captures back"),
    CHROMIUM("chromium", "headless Chromium, for the report's browser check"),
    EDITOR("editor", "the editor check: Node.js 18 or later and the Cucumber language server"),
    SS("ss", "iproute2's ss, which the socket table is checked against"),
    PIPELINES("pipelines", "the checks of ci/github-actions.yml and ci/gitlab-ci.yml by actionlint (Go) and check-jsonschema (Python)"),
    ROOT("root", "the checks only root can make: capturing on lo, the wake-latency request on /dev/cpu_dma_latency");

    private final String id;
    private final String covers;

    Requirement(String id, String covers) {
        this.id = id;
        this.covers = covers;
    }

    /** Its name in {@code netspec.require}. */
    public String id() {
        return id;
    }

    public String covers() {
        return covers;
    }

    /** "hosts, toxiproxy, ...": every name {@code netspec.require} takes. */
    public static String names() {
        return Arrays.stream(values()).map(Requirement::id).collect(Collectors.joining(", "));
    }

    /** A comma list such as "hosts, toxiproxy" (any case); an unknown name is a mistake that names the known ones. */
    public static Set<Requirement> parse(String list) {
        EnumSet<Requirement> found = EnumSet.noneOf(Requirement.class);
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            found.add(Arrays.stream(values()).filter(r -> r.id.equals(name)).findFirst()
                    .orElseThrow(() -> ScenarioError.of(Settings.Knob.REQUIRE.names() + " names \"" + part.strip()
                            + "\", which netspec does not know; expected a comma list of: " + names())));
        }
        return found;
    }

    /** The failure a skip becomes where this is required: the same reason, and where the requirement came from. */
    public NetspecFailure failure(String reason) {
        return NetspecFailure.of(id + " is required here (" + Settings.Knob.REQUIRE.names() + " names \"" + id
                + "\"), so this is a failure, not a skip: " + reason);
    }
}
