package io.netspec.testkit.host;

import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Path;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * What the rootless run runs, as a throwaway ordinary user ({@code host.RootlessRunIT}): every scenario tagged
 * @hosts or @packets under the features folder given, and the test classes tagged "rootless" (what a user
 * namespace changes). Prints one
 * line "ROOTLESS found=… succeeded=… failed=… aborted=… skipped=… launch=…" and exits 0 only when every
 * one of them ran and passed.
 */
public final class RootlessSuite {
    public static final String TAGS = "hosts | packets | rootless";

    private RootlessSuite() {
    }

    public static LauncherDiscoveryRequest request(Path features) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(features.toFile()), selectClass("io.netspec.host.UserNamespaceChangesTest"),
                        selectClass("io.netspec.packet.WakeLatencyRootlessTest"))
                .filters(EngineFilter.includeEngines("cucumber", "junit-jupiter"), TagFilter.includeTags(TAGS))
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .build();
    }

    /** How many tests the run selects, found the way the run finds them. */
    public static long count(Path features) {
        TestPlan plan = LauncherFactory.create().discover(request(features));
        return plan.getRoots().stream().flatMap(r -> plan.getDescendants(r).stream()).filter(t -> t.isTest()).count();
    }

    public static void main(String[] args) {
        Path features = Path.of(args[0]);
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request(features), summary);
        TestExecutionSummary s = summary.getSummary();
        s.getFailures().forEach(f -> System.out.println("FAILED " + f.getTestIdentifier().getDisplayName() + ": " + f.getException()));
        System.out.println("ROOTLESS found=" + s.getTestsFoundCount() + " succeeded=" + s.getTestsSucceededCount()
                + " failed=" + s.getTestsFailedCount() + " aborted=" + s.getTestsAbortedCount()
                + " skipped=" + s.getTestsSkippedCount() + " launch=" + System.getProperty("netspec.launch"));
        boolean green = s.getTestsFoundCount() > 0 && s.getTestsSucceededCount() == s.getTestsFoundCount();
        System.exit(green ? 0 : 1);
    }
}
