package io.netspec.shard;

import io.netspec.report.RunData;
import io.netspec.testkit.shard.ShardSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A real suite run whole and as four shards: the merge of the shards equals the whole run's report. */
class ShardMergeTest {
    @Test
    void fourShardsMergedEqualTheSingleRun(@TempDir Path project) throws IOException {
        ShardSuite.write(project);
        Path single = project.resolve("single");
        long singleTests = ShardSuite.run(project, single, Optional.empty());
        List<String> folders = new ArrayList<>();
        long shardTests = 0;
        ByteArrayOutputStream plans = new ByteArrayOutputStream();
        for (int i = 1; i <= 4; i++) {
            Path reports = project.resolve("shard-" + i);
            shardTests += ShardSuite.run(project, reports, Optional.of(new ShardSpec(i, 4)),
                    new PrintStream(plans, true, StandardCharsets.UTF_8));
            folders.add(reports.toString());
        }
        // Each shard tells the same cut once, marking its own features.
        String told = plans.toString(StandardCharsets.UTF_8);
        assertThat(told).contains("netspec shard 3/4: runs 2 of 6 features (3 of 12 scenarios)")
                .contains("balanced by scenario count: no recorded durations")
                .contains("  * features/alpha/two.feature").contains("shard 3: 2 scenarios; given to shard 3, the lightest at 0 scenarios");
        assertThat(told.lines().filter(l -> l.startsWith("netspec shard 2/4: runs"))).hasSize(1);
        assertThat(Files.readString(project.resolve("shard-3/index.html"))).contains("Shard 3/4 of the suite")
                .contains("<td>features/beta/four.feature</td><td>shard 3 (this one)</td>");
        Path merged = project.resolve("merged");
        List<String> args = new ArrayList<>(List.of(merged.toString()));
        args.addAll(folders);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int rc = new MergeReports(new PrintStream(console, true, StandardCharsets.UTF_8)).run(args);

        assertThat(singleTests).isEqualTo(12);
        assertThat(shardTests).isEqualTo(singleTests);
        assertThat(rc).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(MergeReports.FAILED);
        assertThat(ReportComparison.differences(single, merged)).isEmpty();
        assertThat(RunData.read(merged).orElseThrow().run().totals().failed()).isEqualTo(2);
        for (String file : List.of("index.html", "cucumber.html", "cucumber.json", "cucumber.ndjson", "cucumber-junit.xml")) {
            assertThat(merged.resolve(file)).isNotEmptyFile();
        }
        String index = Files.readString(merged.resolve("index.html"));
        // The failure card of the round trips shows their chart, as the single run's does, from the copied page's files.
        String card = index.substring(index.indexOf("a wrong expectation fails</a></h3>"));
        assertThat(card.substring(0, card.indexOf("</section>"))).contains("What netspec measured")
                .contains("<img src=\"scenarios/alpha-two-");
        assertThat(index).doesNotContain("href=\"index.png\"").doesNotContain("href=\"cucumber.png\"")
                .doesNotContain("; not used");
        assertThat(index).contains("2 of 12 scenarios failed").contains("Shards merged (4)")
                .contains("<td>features/alpha</td><td>5</td><td>4</td><td>1</td>")
                .contains("<td>@beta</td><td>4</td><td>3</td><td>1</td>");
        String junit = Files.readString(merged.resolve("cucumber-junit.xml"));
        assertThat(junit).contains("tests=\"12\"").contains("failures=\"2\"");
        String json = Files.readString(merged.resolve("cucumber.json"));
        for (String feature : List.of("one", "two", "three", "four", "five", "six")) {
            assertThat(json).contains("\"name\":\"" + feature + "\"");
        }
        try (var history = Files.list(merged.resolve("history"))) {
            assertThat(history.filter(p -> p.getFileName().toString().startsWith("run-"))).hasSize(1);
        }
    }
}
