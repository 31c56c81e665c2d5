package io.netspec.testkit.shard;

import io.netspec.shard.ShardFilter;
import io.netspec.shard.ShardSpec;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * A small real suite for shard tests: features in three capability folders with passing, failing and
 * undefined scenarios and an outline, run through the JUnit Platform launcher with netspec's steps and
 * report plugins, whole or as one shard.
 */
public final class ShardSuite {
    private ShardSuite() {
    }

    public static Path write(Path project) throws IOException {
        Path features = project.resolve("features");
        feature(features, "alpha/one.feature", """
                @alpha
                Feature: one
                  Scenario: private
                    Given the address "10.1.2.3"
                    Then it is private
                  Scenario: loopback
                    Given the address "127.0.0.1"
                    Then it is a loopback address
                  @multicast
                  Scenario: multicast
                    Given the address "224.0.0.1"
                    Then it is a multicast address
                """);
        feature(features, "alpha/two.feature", """
                @alpha
                Feature: two
                  Scenario: public is not private
                    Given the address "8.8.8.8"
                    Then it is not private
                  Scenario: a wrong expectation fails
                    Given a TCP echo server "echo"
                    And a TCP client "alice" connected to "echo"
                    When "alice" measures 5 round trips of "ping\\n"
                    Then the median round trip of "alice" is between 10 s and 20 s
                """);
        feature(features, "beta/three.feature", """
                @beta @slow
                Feature: three
                  Scenario Outline: class of <address>
                    Given the address "<address>"
                    Then it is a class <class> address
                    Examples:
                      | address   | class |
                      | 10.0.0.1  | A     |
                      | 172.16.0.1| B     |
                      | 192.0.2.1 | C     |
                """);
        feature(features, "beta/four.feature", """
                @beta
                Feature: four
                  Scenario: a phrase no step knows
                    Given the adress "10.0.0.1"
                """);
        feature(features, "gamma/five.feature", """
                @gamma
                Feature: five
                  Scenario: seeded
                    Given the random seed 7
                    Then the random seed is 7
                  Scenario: link-local
                    Given the address "169.254.1.1"
                    Then it is a link-local address
                """);
        feature(features, "gamma/six.feature", """
                @gamma
                Feature: six
                  Scenario: zone
                    Given the address "fe80::1%eth0"
                    Then its zone id is "eth0"
                """);
        return features;
    }

    private static void feature(Path features, String path, String text) throws IOException {
        Path file = features.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Runs the features (or one shard of them) with reports into {@code reports}; returns the tests that ran. */
    public static long run(Path project, Path reports, Optional<ShardSpec> shard) {
        return run(project, reports, shard, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** The same, telling the cut on {@code console}. */
    public static long run(Path project, Path reports, Optional<ShardSpec> shard, PrintStream console) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false).build());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .enableImplicitConfigurationParameters(false)
                .selectors(selectDirectory(project.resolve("features").toFile()))
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "message:" + reports.resolve("cucumber.ndjson")
                        + ", io.netspec.report.IndexPlugin:" + reports)
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .filters(new ShardFilter(shard, reports, project, console));
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request.build(), summary);
        return summary.getSummary().getTestsStartedCount();
    }
}
