package io.netspec.steps;

import io.netspec.host.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Where hosts cannot run, a @hosts scenario is skipped (aborted, never failed) with the reason in the
 * console and the report, and a scenario without the tag still runs. Hosts are switched off here with
 * -Dnetspec.hosts=off, the same path a machine without the privilege takes.
 */
class HostSkipTest {

    @Test
    void hostScenariosAreSkippedWithTheReasonWhereHostsCannotRun(@TempDir Path dir) throws Exception {
        Path feature = dir.resolve("skip.feature");
        Files.writeString(feature, """
                Feature: hosts where they cannot run
                  @hosts
                  Scenario: two hosts
                    Given a network "office" on "192.168.1.0/24"
                    And a host "web" at "192.168.1.10" on "office"
                  Scenario: no hosts
                    Given the random seed 7
                """);
        String before = System.getProperty(Capability.SWITCH_PROPERTY);
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Events events;
        System.setProperty(Capability.SWITCH_PROPERTY, "off");
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            events = EngineTestKit.engine("cucumber")
                    .configurationParameter("cucumber.glue", "io.netspec.steps")
                    .configurationParameter("cucumber.plugin", "html:" + dir.resolve("report.html"))
                    .selectors(selectFile(feature.toFile()))
                    .execute()
                    .testEvents();
        } finally {
            System.setOut(console);
            if (before == null) {
                System.clearProperty(Capability.SWITCH_PROPERTY);
            } else {
                System.setProperty(Capability.SWITCH_PROPERTY, before);
            }
        }
        assertThat(events.failed().count()).as("failed scenarios").isZero();
        assertThat(events.succeeded().count()).as("the scenario without hosts").isEqualTo(1);
        List<String> reasons = events.aborted().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("(no reason)"))
                .toList();
        assertThat(reasons).singleElement().asString()
                .contains("skipped: hosts are switched off", "CAP_NET_ADMIN and CAP_SYS_ADMIN");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("[netspec] two hosts skipped: hosts are switched off");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("hosts are switched off");
    }
}
