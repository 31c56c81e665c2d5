package io.netspec.shard;

import io.netspec.core.ScenarioError;
import io.netspec.report.ShardNote;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps only this shard's features ({@code -Dnetspec.shard=2/4}) of the Cucumber features a JUnit Platform
 * suite class selects (such as RunFeaturesIT's {@code @SelectDirectories("features")}); loaded by the JUnit
 * Platform launcher from the library's service file. Whole features are kept or left out, never single
 * scenarios. Without a shard setting it keeps everything and removes a shard plan an earlier run left.
 * Cucumber engines run outside a suite (tests that select feature files themselves) are never cut.
 */
public final class ShardFilter implements PostDiscoveryFilter {
    private static final String SUITE_ENGINE = "junit-platform-suite";
    private static final String CUCUMBER_ENGINE = "cucumber";

    private final Optional<ShardSpec> spec;
    /** Why the shard setting names no shard, when it does not. */
    private final Optional<IllegalArgumentException> refused;
    private final Path reports;
    private final Path project;
    private final boolean suitesOnly;
    /** Per Cucumber engine descriptor of this discovery: the unique ids of the features this shard keeps. */
    private final Map<TestDescriptor, Set<UniqueId>> kept = new IdentityHashMap<>();
    private final String planId = UUID.randomUUID().toString();
    private final PrintStream out;
    private List<String> told = List.of();
    private boolean refusalTold;
    private final Set<TestDescriptor> cleaned = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * As the launcher loads it: the shard from {@code netspec.shard} or {@code NETSPEC_SHARD}, suites only. A
     * setting that names no shard fails the discovery of the suite's features (see {@link #apply}), with its message.
     */
    public ShardFilter() {
        this(ShardSettings.reports(), ShardSettings.project());
    }

    private ShardFilter(Path reports, Path project) {
        Optional<ShardSpec> read;
        Optional<IllegalArgumentException> wrong = Optional.empty();
        try {
            read = ShardSpec.fromSystem();
        } catch (IllegalArgumentException e) {
            // Thrown from a service's constructor, the reason would be lost in a ServiceConfigurationError.
            read = Optional.empty();
            wrong = Optional.of(e);
        }
        this.spec = read;
        this.refused = wrong;
        this.reports = reports;
        this.project = project;
        this.suitesOnly = true;
        this.out = System.out;
    }

    /**
     * For a launcher set up by hand: this shard (or none), cutting every Cucumber engine, not only those in
     * suites, and telling the cut on {@code out}.
     */
    public ShardFilter(Optional<ShardSpec> spec, Path reports, Path project, PrintStream out) {
        this.spec = spec;
        this.refused = Optional.empty();
        this.reports = reports;
        this.project = project;
        this.suitesOnly = false;
        this.out = out;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        Optional<UniqueId> feature = featureOf(descriptor.getUniqueId());
        if (feature.isEmpty()) {
            return FilterResult.included("not part of a Cucumber feature");
        }
        Optional<TestDescriptor> engine = cucumberEngine(descriptor);
        if (engine.isEmpty() || (suitesOnly && !inSuite(engine.get()))) {
            return FilterResult.included("not a suite's features");
        }
        if (refused.isPresent()) {
            throw refuse(refused.get());
        }
        if (spec.isEmpty()) {
            if (cleaned.add(engine.get())) {
                ShardNote.delete(reports);
            }
            return FilterResult.included("not sharded");
        }
        Set<UniqueId> shard = kept.computeIfAbsent(engine.get(), this::cut);
        return shard.contains(feature.get()) ? FilterResult.included("in shard " + spec.orElseThrow())
                : FilterResult.excluded("its feature is in another shard than " + spec.orElseThrow());
    }

    /**
     * A setting that names no shard stops the run before any scenario: the reason goes to the console and
     * fails the discovery; an earlier run's report is removed, so none stands in for this run's.
     */
    private IllegalArgumentException refuse(IllegalArgumentException reason) {
        if (!refusalTold) {
            refusalTold = true;
            out.println("netspec shard: " + reason.getMessage());
            try {
                ShardRun.clearStale(reports);
                ShardNote.delete(reports);
            } catch (UncheckedIOException e) {
                reason.addSuppressed(e);
            }
        }
        return ScenarioError.of(reason.getMessage(), reason);
    }

    /** Cuts the suite; the launcher discovers more than once per run, so the same cut is told only once. */
    private Set<UniqueId> cut(TestDescriptor engine) {
        ShardRun.Cut cut = new ShardRun(spec.orElseThrow(), reports, project, planId).plan(engine);
        if (!cut.console().equals(told)) {
            cut.console().forEach(out::println);
            told = cut.console();
        }
        cut.write(reports);
        return cut.keep();
    }

    /** The feature a descriptor belongs to (itself, for a feature), by its unique id. */
    static Optional<UniqueId> featureOf(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).getType().equals("feature")) {
                UniqueId feature = id;
                for (int drop = segments.size() - 1; drop > i; drop--) {
                    feature = feature.removeLastSegment();
                }
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }

    private static Optional<TestDescriptor> cucumberEngine(TestDescriptor descriptor) {
        Optional<TestDescriptor> current = Optional.of(descriptor);
        while (current.isPresent()) {
            UniqueId.Segment last = current.get().getUniqueId().getLastSegment();
            if (last.getType().equals("engine") && last.getValue().equals(CUCUMBER_ENGINE)) {
                return current;
            }
            current = current.get().getParent();
        }
        return Optional.empty();
    }

    private static boolean inSuite(TestDescriptor engine) {
        return engine.getUniqueId().getSegments().stream()
                .anyMatch(s -> s.getType().equals("engine") && s.getValue().equals(SUITE_ENGINE));
    }
}
