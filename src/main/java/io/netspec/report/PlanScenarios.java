package io.netspec.report;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.List;
import java.util.Optional;

/** How the JUnit Platform's test plan names Cucumber's features and scenarios, as the reports name them. */
final class PlanScenarios {
    private PlanScenarios() {
    }

    /** A scenario's name; an example row of an outline is "outline name [Example #1.2]". */
    static String name(TestPlan plan, TestIdentifier id) {
        if (!lastSegmentType(id).equals("example")) {
            return id.getDisplayName();
        }
        Optional<TestIdentifier> parent = plan.getParent(id);
        while (parent.isPresent() && !isFeature(parent.get())) {
            if (lastSegmentType(parent.get()).equals("scenario")) {
                return parent.get().getDisplayName() + " [" + id.getDisplayName() + "]";
            }
            parent = plan.getParent(parent.get());
        }
        return id.getDisplayName();
    }

    /** The feature a scenario belongs to. */
    static Optional<TestIdentifier> feature(TestPlan plan, TestIdentifier id) {
        Optional<TestIdentifier> current = Optional.of(id);
        while (current.isPresent() && !isFeature(current.get())) {
            current = plan.getParent(current.get());
        }
        return current;
    }

    static boolean isFeature(TestIdentifier id) {
        return lastSegmentType(id).equals("feature");
    }

    /** The line of a scenario (or example row) in its feature file, 0 when the plan does not say. */
    static int line(TestIdentifier id) {
        return id.getSource().filter(FileSource.class::isInstance).map(FileSource.class::cast)
                .flatMap(FileSource::getPosition).map(FilePosition::getLine).orElse(0);
    }

    static List<String> tagNames(TestIdentifier id) {
        return id.getTags().stream().map(t -> "@" + t.getName()).toList();
    }

    static FeaturePath featurePath(TestIdentifier feature) {
        Optional<TestSource> source = feature.getSource();
        if (source.isPresent() && source.get() instanceof FileSource file) {
            return FeaturePath.of(file.getFile().getPath());
        }
        if (source.isPresent() && source.get() instanceof ClasspathResourceSource resource) {
            return FeaturePath.of(resource.getClasspathResourceName());
        }
        return FeaturePath.of(feature.getDisplayName());
    }

    private static String lastSegmentType(TestIdentifier id) {
        List<UniqueId.Segment> segments = UniqueId.parse(id.getUniqueId()).getSegments();
        return segments.get(segments.size() - 1).getType();
    }
}
