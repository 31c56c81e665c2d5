package io.netspec.shard;

import io.netspec.report.Elapsed;
import io.netspec.report.Environment;
import io.netspec.report.Run;
import io.netspec.report.RunData;
import io.netspec.report.RunSelection;
import io.netspec.report.ScenarioResult;
import io.netspec.report.ShardSection;
import io.netspec.report.UndefinedStep;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The finished shards as one run: every scenario, the earliest start and latest end, and a section naming each shard. */
final class MergedRun {
    private MergedRun() {
    }

    static Run run(List<ShardFolder> shards) {
        List<ScenarioResult> scenarios = new ArrayList<>();
        List<UndefinedStep> undefined = new ArrayList<>();
        Instant started = null;
        Instant finished = null;
        for (ShardFolder s : shards) {
            Run run = s.data().orElseThrow().run();
            scenarios.addAll(run.scenarios());
            undefined.addAll(run.undefined());
            started = started == null || run.started().isBefore(started) ? run.started() : started;
            finished = finished == null || run.finished().isAfter(finished) ? run.finished() : finished;
        }
        undefined.sort(Comparator.comparing(UndefinedStep::location));
        return new Run(started, finished, scenarios, undefined);
    }

    /** The tag and name filters every shard ran with (the merge refuses shards whose filters differ). */
    static RunSelection selection(List<ShardFolder> shards) {
        return shards.stream().map(s -> s.data().orElseThrow().selection()).findFirst().orElse(RunSelection.ALL);
    }

    /** Where the shards ran: each distinct JDK, OS and Toxiproxy, joined. */
    static Environment environment(List<ShardFolder> shards) {
        return new Environment(distinct(shards, Environment::jdk), distinct(shards, Environment::os),
                distinct(shards, Environment::toxiproxy));
    }

    /** Each distinct value; a component some shards used is not "not used" because others did not. */
    private static String distinct(List<ShardFolder> shards, Function<Environment, String> part) {
        Set<String> values = new LinkedHashSet<>();
        shards.forEach(s -> values.add(part.apply(s.data().orElseThrow().environment())));
        if (values.size() > 1) {
            values.remove(Environment.NOT_USED);
        }
        return String.join("; ", values);
    }

    static ShardSection section(List<ShardFolder> shards, long mergeMillis) {
        List<List<String>> rows = new ArrayList<>();
        for (ShardFolder s : shards) {
            RunData data = s.data().orElseThrow();
            Run.Totals t = data.run().totals();
            rows.add(List.of(s.spec().toString(), data.host(), Integer.toString(s.note().features().size()),
                    Integer.toString(t.scenarios()), Integer.toString(t.passed()), Integer.toString(t.failed()),
                    Integer.toString(t.skipped()), Elapsed.format(data.run().duration()), data.run().started().truncatedTo(ChronoUnit.SECONDS).toString(),
                    s.dir().toString()));
        }
        int count = shards.get(0).spec().count();
        List<String> paragraphs = List.of(
                "This report merges all " + count + " shards of one run (the same features, the same cut; merged in "
                        + mergeMillis + " ms). Each shard's wall time runs from its first scenario's start to its last one's end.",
                "Why each feature ran in its shard: see the index.html in each shard's own reports folder.");
        return new ShardSection("Shards merged (" + count + ")", paragraphs, List.of("shard", "host", "features", "scenarios",
                "passed", "failed", "skipped", "wall time", "started", "folder"), rows);
    }
}
