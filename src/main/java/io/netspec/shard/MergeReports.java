package io.netspec.shard;

import io.cucumber.messages.types.Envelope;
import io.netspec.report.FeatureTimes;
import io.netspec.report.History;
import io.netspec.report.IndexPage;
import io.netspec.report.Run;
import io.netspec.report.RunData;
import io.netspec.report.RunSelection;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Merges the reports folders of N shards into one report folder: {@code MergeReports OUT SHARD_REPORTS...}
 * (what {@code ci/merge-reports.sh} calls). Exit 0: merged, every scenario passed; 1: merged, some failed;
 * 2: no whole run (a shard missing, dead, given twice, from other features or another cut) or bad arguments,
 * and then OUT holds only a page saying what is wrong.
 */
public final class MergeReports {
    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int INCOMPLETE = 2;

    private final PrintStream out;

    MergeReports(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new MergeReports(System.out).run(List.of(args)));
    }

    int run(List<String> args) {
        if (args.size() < 2) {
            out.println("netspec merge: usage: merge-reports.sh OUT SHARD_REPORTS... (expected the merged report's folder"
                    + " and one reports folder per shard; got " + args.size() + " argument" + (args.size() == 1 ? "" : "s") + ")");
            return INCOMPLETE;
        }
        long begun = System.nanoTime();
        Path target = Path.of(args.get(0));
        List<Path> dirs = args.subList(1, args.size()).stream().map(Path::of).toList();
        try {
            MergeFolder.prepare(target, dirs);
        } catch (IllegalArgumentException e) {
            out.println("netspec merge: " + e.getMessage());
            return INCOMPLETE;
        }
        List<String> problems = new ArrayList<>();
        List<ShardFolder> shards = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                shards.add(ShardFolder.read(dir));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!shards.isEmpty()) {
            problems.addAll(MergeCheck.problems(shards));
        }
        List<Envelope> messages = List.of();
        long read = System.nanoTime();
        if (problems.isEmpty()) {
            shards.sort(Comparator.comparingInt(s -> s.spec().index()));
            try {
                messages = MessagesMerge.merge(shards.stream().filter(s -> !s.empty()).map(ShardFolder::messages).toList());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            write(target.resolve("index.html"), MergeFailurePage.render(problems, dirs.stream().map(Path::toString).toList()));
            write(target.resolve(MergeFolder.MARKER), "result=incomplete\n");
            problems.forEach(p -> out.println("netspec merge: " + p));
            out.println("netspec merge: FAILED, no merged report: " + target.resolve("index.html").toAbsolutePath().toUri());
            return INCOMPLETE;
        }
        Run run = MergedRun.run(shards);
        long parsed = System.nanoTime();
        MessagesMerge.write(messages, target);
        long written = System.nanoTime();
        Path history = target.resolve(MergeFolder.HISTORY);
        RunSelection selection = MergedRun.selection(shards);
        List<History.Entry> trend = new History(history).record(run, selection);
        // The next cut needs every feature's time: the committed ones, then this folder's, then this run's.
        Map<String, Long> times = FeatureTimes.read(ShardSettings.project().resolve(ShardSettings.COMMITTED_DURATIONS));
        times.putAll(FeatureTimes.read(history.resolve(FeatureTimes.FILE)));
        times.putAll(FeatureTimes.of(run));
        FeatureTimes.write(history.resolve(FeatureTimes.FILE), times);
        long millis = (System.nanoTime() - begun) / 1_000_000;
        MergeFolder.copyScenarioPages(shards.stream().map(ShardFolder::dir).toList(), target);
        write(target.resolve("index.html"), IndexPage.renderMerged(run, MergedRun.environment(shards), trend, selection,
                MergedRun.section(shards, millis)));
        new RunData(run, "merged from " + shards.size() + " shards", MergedRun.environment(shards), "merged", "",
                selection).write(target);
        Run.Totals t = run.totals();
        boolean green = t.failed() == 0 && run.undefined().isEmpty();
        write(target.resolve(MergeFolder.MARKER), "result=" + (green ? "passed" : "failed") + "\nshards=" + shards.size()
                + "\nscenarios=" + t.scenarios() + "\nfailed=" + t.failed() + "\nmillis=" + millis + "\n");
        out.println("netspec merge: " + shards.size() + " shards, " + t.scenarios() + " scenarios: " + t.passed() + " passed, "
                + t.failed() + " failed, " + t.skipped() + " skipped; merged in " + millis + " ms (shard folders read "
                + (read - begun) / 1_000_000 + " ms, messages read " + (parsed - read) / 1_000_000 + " ms, Cucumber's reports written "
                + (written - parsed) / 1_000_000 + " ms) into "
                + target.resolve("index.html").toAbsolutePath().toUri());
        return green ? PASSED : FAILED;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
