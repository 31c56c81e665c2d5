package io.netspec.shard;

import io.netspec.core.FileTrees;
import io.netspec.core.NetspecFailure;
import io.netspec.report.FeaturePath;
import io.netspec.report.FeatureTimes;
import io.netspec.report.RunData;
import io.netspec.report.ShardNote;
import io.netspec.report.ShardSection;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One shard's start: finds the suite's features under a Cucumber engine, cuts them, says on the console
 * which shard runs and where every feature landed and why, and writes the plan into the reports folder.
 */
record ShardRun(ShardSpec spec, Path reports, Path project, String planId) {
    /** Files of the reports folder that this run writes anew; an earlier run's copies are removed first. */
    static final List<String> STALE = List.of(RunData.FILE, "index.html", "cucumber.html", "cucumber.json",
            "cucumber.ndjson", "cucumber-junit.xml");

    /** The cut: the unique ids of the features this shard keeps, the console lines that explain it, the note. */
    record Cut(Set<UniqueId> keep, List<String> console, ShardNote note) {
        /**
         * Writes the note into the reports folder and removes what an earlier run left there, so no old
         * report passes for this shard's. An empty shard gets its whole (empty) report now: nothing will run.
         */
        void write(Path reports) {
            clearStale(reports);
            note.write(reports);
            if (keep.isEmpty()) {
                EmptyShard.write(reports, note);
            }
        }
    }

    /** Removes what an earlier run wrote into the reports folder and this run writes anew (history/ stays). */
    static void clearStale(Path reports) {
        try {
            for (String stale : STALE) {
                Files.deleteIfExists(reports.resolve(stale));
            }
            FileTrees.delete(reports.resolve("cucumber-html-reports"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an earlier run's report from " + reports, e);
        }
    }

    Cut plan(TestDescriptor engine) {
        Map<String, TestDescriptor> byPath = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        List<SuiteFeature> features = new ArrayList<>();
        for (TestDescriptor d : engine.getChildren()) {
            if (!d.getUniqueId().getLastSegment().getType().equals("feature")) {
                continue;
            }
            Optional<TestSource> source = d.getSource();
            Path file = source.filter(FileSource.class::isInstance).map(s -> ((FileSource) s).getFile().toPath()).orElse(null);
            String path = file != null ? FeaturePath.of(file.toString()).display() : FeaturePath.of(d.getDisplayName()).display();
            if (byPath.put(path, d) != null) {
                throw NetspecFailure.of("two features of the suite share the path " + path + "; cannot cut it into shards");
            }
            if (file != null) {
                files.put(path, file);
            }
            features.add(new SuiteFeature(path, (int) d.getDescendants().stream().filter(TestDescriptor::isTest).count()));
        }
        Optional<Path> durations = ShardSettings.durations(project, reports);
        Map<String, Long> times = durations.map(FeatureTimes::read).orElse(Map.of());
        ShardPlan plan = ShardPlan.of(features, spec.count(), times, durations.map(this::shown).orElse(""));
        List<Placement> mine = plan.in(spec.index());
        String fingerprint = Fingerprint.of(byPath.keySet(), files);

        ShardSection section = section(plan, mine, features);
        List<String> console = new ArrayList<>();
        section.paragraphs().forEach(line -> console.add("netspec shard " + spec + ": " + line));
        for (Placement p : plan.placements()) {
            console.add(String.format(Locale.ROOT, "  %s %-50s %s", p.shard() == spec.index() ? "*" : " ",
                    p.feature().path(), "shard " + p.shard() + ": " + plan.reason(p)));
        }
        Set<UniqueId> keep = new HashSet<>();
        mine.forEach(p -> keep.add(byPath.get(p.feature().path()).getUniqueId()));
        String cut = Fingerprint.ofText(plan.placements().stream().map(p -> p.feature().path() + "\t" + p.shard()).toList());
        return new Cut(keep, console, new ShardNote(spec.toString(), planId, fingerprint, cut,
                mine.stream().map(p -> p.feature().path()).toList(), section));
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private ShardSection section(ShardPlan plan, List<Placement> mine, List<SuiteFeature> features) {
        int scenarios = mine.stream().mapToInt(p -> p.feature().scenarios()).sum();
        int all = features.stream().mapToInt(SuiteFeature::scenarios).sum();
        List<String> paragraphs = new ArrayList<>();
        if (mine.isEmpty()) {
            paragraphs.add("this shard has no feature: " + features.size() + " features cut into " + spec.count()
                    + " shards leave shard " + spec.index() + " empty; nothing to run, and that is a pass");
        } else {
            paragraphs.add("runs " + mine.size() + " of " + features.size() + " features (" + scenarios + " of " + all
                    + " scenarios), predicted " + plan.describe(plan.load(spec.index())) + " of " + plan.describe(plan.total())
                    + " in all (a perfect cut: " + plan.describe(plan.total() / spec.count()) + " a shard)");
        }
        paragraphs.add(plan.basis() == ShardPlan.Basis.DURATIONS
                ? "balanced by the recorded durations in " + plan.source() + " (features without one: by their scenarios at the average time)"
                : "balanced by scenario count: no recorded durations (none in " + ShardSettings.COMMITTED_DURATIONS
                + " nor reports/history/" + FeatureTimes.FILE + ")");
        paragraphs.add("each feature goes, heaviest first, to the shard that is lightest at its turn; the same features and"
                + " durations give the same cut on every runner");
        paragraphs.add("a shard's run adds nothing to the trend or to the recorded durations: the merge of every shard"
                + " (ci/merge-reports.sh) records the whole run, once");
        List<List<String>> rows = new ArrayList<>();
        for (Placement p : plan.placements()) {
            rows.add(List.of(p.feature().path(), "shard " + p.shard() + (p.shard() == spec.index() ? " (this one)" : ""),
                    Integer.toString(p.feature().scenarios()), plan.reason(p)));
        }
        return new ShardSection("Shard " + spec + " of the suite", paragraphs, List.of("feature", "shard", "scenarios", "why there"), rows);
    }
}
