package io.netspec.shard;

import io.cucumber.messages.NdjsonToMessageIterable;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.TestStepResultStatus;
import io.netspec.core.ScenarioError;
import io.netspec.report.FeaturePath;
import io.netspec.report.Run;
import io.netspec.report.RunData;
import io.netspec.report.ScenarioResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares two report folders (a merged one and a single run's) in what must be equal: every scenario with
 * its status and tags, the per-capability and per-tag counts, both as the index page has them (run data)
 * and as cucumber.html, cucumber.json and the JUnit XML have them (the Cucumber messages); the failure cards
 * of the index and the scenario pages as a reader sees them, and no dead link ({@link PageComparison}).
 * Times, ports and seeds may differ.
 * {@code ReportComparison SINGLE MERGED} prints the differences and exits 1 when there are any.
 */
public final class ReportComparison {
    private ReportComparison() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.out.println("usage: ReportComparison SINGLE_RUN_REPORTS MERGED_REPORTS (got " + args.length + " arguments)");
            System.exit(2);
        }
        List<String> differences = differences(Path.of(args[0]), Path.of(args[1]));
        Run single = runData(Path.of(args[0])).run();
        System.out.println("netspec compare: " + single.totals().scenarios() + " scenarios in " + args[0] + "; "
                + (differences.isEmpty() ? "the merged report equals it in scenarios, statuses, tags, per-capability counts, failure cards and scenario pages"
                : differences.size() + " differences:"));
        differences.forEach(d -> System.out.println("  " + d));
        System.exit(differences.isEmpty() ? 0 : 1);
    }

    /** Every way the second folder's report differs from the first's, as lines; empty when they agree. */
    public static List<String> differences(Path expected, Path actual) {
        List<String> out = new ArrayList<>();
        Run a = runData(expected).run();
        Run b = runData(actual).run();
        compare("scenario (index)", scenarios(a), scenarios(b), out);
        compare("capability (index)", counts(a.byCapability()), counts(b.byCapability()), out);
        compare("tag (index)", counts(a.byTag()), counts(b.byTag()), out);
        compare("scenario (Cucumber messages)", messages(expected), messages(actual), out);
        out.addAll(PageComparison.differences(expected, actual));
        return out;
    }

    private static RunData runData(Path folder) {
        return RunData.read(folder).orElseThrow(() -> ScenarioError.of(folder + " has no "
                + RunData.FILE + ": expected a netspec reports folder of a finished run or a merge"));
    }

    private static void compare(String what, Map<String, String> expected, Map<String, String> actual, List<String> out) {
        for (String key : new TreeSet<>(expected.keySet())) {
            if (!actual.containsKey(key)) {
                out.add(what + " missing from the merged report: " + key + " -> " + expected.get(key));
            } else if (!actual.get(key).equals(expected.get(key))) {
                out.add(what + " differs: " + key + ": single run " + expected.get(key) + ", merged " + actual.get(key));
            }
        }
        for (String key : new TreeSet<>(actual.keySet())) {
            if (!expected.containsKey(key)) {
                out.add(what + " only in the merged report: " + key + " -> " + actual.get(key));
            }
        }
    }

    /** features/x.feature:12 name -> STATUS [tags]; an outline's rows differ by line. */
    private static Map<String, String> scenarios(Run run) {
        Map<String, String> map = new TreeMap<>();
        for (ScenarioResult s : run.scenarios()) {
            map.put(s.location() + " " + s.name(), s.status() + " " + new TreeSet<>(s.tags()));
        }
        return map;
    }

    private static Map<String, String> counts(Map<String, Run.Totals> groups) {
        Map<String, String> map = new TreeMap<>();
        groups.forEach((k, t) -> map.put(k, t.scenarios() + " scenarios, " + t.passed() + " passed, " + t.failed()
                + " failed, " + t.skipped() + " skipped"));
        return map;
    }

    /** From cucumber.ndjson: each test case's pickle (feature, line, name, tags) and its worst step status. */
    static Map<String, String> messages(Path folder) {
        Path file = folder.resolve(ShardFolder.MESSAGES);
        Map<String, Pickle> pickles = new HashMap<>();
        Map<String, String> caseToPickle = new HashMap<>();
        Map<String, String> startedToCase = new HashMap<>();
        Map<String, TestStepResultStatus> worst = new HashMap<>();
        try (InputStream in = Files.newInputStream(file);
             NdjsonToMessageIterable messages = new NdjsonToMessageIterable(in, new Deserializer())) {
            for (Envelope e : messages) {
                e.getPickle().ifPresent(p -> pickles.put(p.getId(), p));
                e.getTestCase().ifPresent(c -> caseToPickle.put(c.getId(), c.getPickleId()));
                e.getTestCaseStarted().ifPresent(s -> startedToCase.put(s.getId(), s.getTestCaseId()));
                e.getTestStepFinished().ifPresent(f -> worst.merge(startedToCase.get(f.getTestCaseStartedId()),
                        f.getTestStepResult().getStatus(), ReportComparison::worse));
                e.getTestCaseStarted().ifPresent(s -> worst.putIfAbsent(s.getTestCaseId(), TestStepResultStatus.PASSED));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Cucumber messages " + file, e);
        }
        // Outline rows share a name: each name's results are kept as a sorted list.
        Map<String, List<String>> byName = new TreeMap<>();
        worst.forEach((testCase, status) -> {
            Pickle p = pickles.get(caseToPickle.get(testCase));
            byName.computeIfAbsent(FeaturePath.of(p.getUri()).display() + " " + p.getName(), k -> new ArrayList<>())
                    .add(status + " " + p.getTags().stream().map(PickleTag::getName).collect(Collectors.toCollection(TreeSet::new)));
        });
        Map<String, String> map = new TreeMap<>();
        byName.forEach((k, v) -> map.put(k, v.stream().sorted().collect(Collectors.joining(" | "))));
        return map;
    }

    private static TestStepResultStatus worse(TestStepResultStatus a, TestStepResultStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
