package io.netspec.steps;

import io.netspec.core.Requirement;
import io.netspec.core.Settings;
import io.netspec.host.Capability;
import io.netspec.launch.Blocker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Where hosts cannot run, a @hosts scenario is skipped (aborted, never failed) with the blocker and its fix
 * in the report, and a scenario without the tag still runs; where netspec.require names hosts, the same
 * reason fails it instead. Hosts are switched off here with -Dnetspec.hosts=off, the same path a machine
 * without the privilege takes.
 */
class HostSkipTest {
    private static final String FEATURE = """
            Feature: hosts where they cannot run
              @hosts
              Scenario: two hosts
                Given a network "office" on "192.168.1.0/24"
                And a host "web" at "192.168.1.10" on "office"
              Scenario: no hosts
                Given the random seed 7
            """;

    @Test
    void hostScenariosAreSkippedWithTheBlockerAndItsFix(@TempDir Path dir) throws Exception {
        Events events = run(dir, Map.of(Capability.SWITCH_PROPERTY, "off"));
        assertThat(events.failed().count()).as("failed scenarios").isZero();
        assertThat(events.succeeded().count()).as("the scenario without hosts").isEqualTo(1);
        assertThat(reasons(events.aborted())).singleElement().asString()
                .isEqualTo("skipped: hosts cannot run here: " + Blocker.SWITCHED_OFF.describe(""));
        assertThat(Files.readString(dir.resolve("report.html"))).contains("hosts are switched off");
    }

    @Test
    void whereHostsAreRequiredTheSkipIsAFailureWithTheSameReason(@TempDir Path dir) throws Exception {
        Events events = run(dir, Map.of(Capability.SWITCH_PROPERTY, "off", Settings.Knob.REQUIRE.property(), "toxiproxy, hosts"));
        assertThat(events.aborted().count()).as("skipped scenarios").isZero();
        assertThat(events.succeeded().count()).as("the scenario without hosts").isEqualTo(1);
        assertThat(reasons(events.failed())).singleElement().asString()
                .startsWith("hosts is required here (-Dnetspec.require / NETSPEC_REQUIRE names \"hosts\"), so this is a failure, not a skip: ")
                .endsWith("hosts cannot run here: " + Blocker.SWITCHED_OFF.describe(""));
    }

    @Test
    void anUnknownRequirementIsAMistakeThatNamesTheKnownOnes(@TempDir Path dir) throws Exception {
        Events events = run(dir, Map.of(Capability.SWITCH_PROPERTY, "off", Settings.Knob.REQUIRE.property(), "hots"));
        assertThat(reasons(events.failed())).singleElement().asString()
                .isEqualTo("-Dnetspec.require / NETSPEC_REQUIRE names \"hots\", which netspec does not know; expected a comma"
                        + " list of: " + Requirement.names());
    }

    private static List<String> reasons(Events events) {
        return events.stream().map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage).orElse("(no reason)")).toList();
    }

    private static Events run(Path dir, Map<String, String> properties) throws Exception {
        Path feature = dir.resolve("skip.feature");
        Files.writeString(feature, FEATURE);
        Map<String, String> before = new HashMap<>();
        properties.keySet().forEach(k -> before.put(k, System.getProperty(k)));
        properties.forEach(System::setProperty);
        try {
            return EngineTestKit.engine("cucumber")
                    .configurationParameter("cucumber.glue", "io.netspec.steps")
                    .configurationParameter("cucumber.plugin", "html:" + dir.resolve("report.html"))
                    .selectors(selectFile(feature.toFile()))
                    .execute()
                    .testEvents();
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }
}
