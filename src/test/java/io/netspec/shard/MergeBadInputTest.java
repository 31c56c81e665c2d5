package io.netspec.shard;

import io.netspec.report.RunData;
import io.netspec.testkit.shard.ShardSuite;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real suite of six features run as two shards once (and shard 2 again after a feature changed); each bad
 * merge gives exit 2, a clear message and an index.html that says the run is incomplete, with no other report.
 */
class MergeBadInputTest {
    @TempDir
    static Path project;
    static Path one;
    static Path two;
    static Path twoChanged;

    @BeforeAll
    static void runShards() throws IOException {
        ShardSuite.write(project);
        one = project.resolve("shard-1");
        two = project.resolve("shard-2");
        ShardSuite.run(project, one, Optional.of(new ShardSpec(1, 2)));
        ShardSuite.run(project, two, Optional.of(new ShardSpec(2, 2)));
        Path feature = project.resolve("features/gamma/six.feature");
        Files.writeString(feature, Files.readString(feature) + "\n  Scenario: added later\n    Given the random seed 1\n");
        twoChanged = project.resolve("shard-2-changed");
        ShardSuite.run(project, twoChanged, Optional.of(new ShardSpec(2, 2)));
    }

    private record Merge(int rc, String console, Path out) {
        String index() throws IOException {
            return Files.readString(out.resolve("index.html"));
        }
    }

    private static Merge merge(Path out, Path... shards) {
        List<String> args = new ArrayList<>(List.of(out.toString()));
        for (Path s : shards) {
            args.add(s.toString());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = new MergeReports(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
        return new Merge(rc, bytes.toString(StandardCharsets.UTF_8), out);
    }

    private static void assertIncomplete(Merge m, String message) throws IOException {
        assertThat(m.rc()).as(m.console()).isEqualTo(MergeReports.INCOMPLETE);
        assertThat(m.console()).contains(message).contains("FAILED, no merged report");
        assertThat(m.index()).contains("netspec merge failed: the run is incomplete").doesNotContain("scenarios passed");
        try (Stream<Path> files = Files.list(m.out())) {
            // history/ (an earlier merge's trend) is kept, untouched; nothing else of a report is there.
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("history")))
                    .containsExactlyInAnyOrder("index.html", "merge.properties");
        }
    }

    @Test
    void aMissingShardIsNamedAndNoReportIsWritten(@TempDir Path dir) throws IOException {
        Merge whole = merge(dir.resolve("out"), one, two);
        assertThat(whole.rc()).as(whole.console()).isEqualTo(MergeReports.FAILED);
        assertThat(whole.out().resolve("cucumber.json")).exists();

        // The same folder again, now with a shard missing: the earlier complete report is gone, its trend stays as it was.
        assertIncomplete(merge(dir.resolve("out"), one), "shard 2/2 is missing: no folder given holds it");
        try (Stream<Path> runs = Files.list(dir.resolve("out/history"))) {
            assertThat(runs.filter(p -> p.getFileName().toString().startsWith("run-"))).hasSize(1);
        }
    }

    @Test
    void theSameShardTwiceIsRefused(@TempDir Path dir) throws IOException {
        assertIncomplete(merge(dir.resolve("out"), one, two, two), "shard 2/2 is given 2 times (the same run's folder twice)");
    }

    @Test
    void shardsOfDifferentFeaturesAreRefused(@TempDir Path dir) throws IOException {
        assertIncomplete(merge(dir.resolve("out"), one, twoChanged), "the shards ran different versions of the features");
    }

    @Test
    void shardsRunWithDifferentFiltersAreRefused(@TempDir Path dir) throws IOException {
        Path filtered = dir.resolve("filtered");
        copy(two, filtered);
        ranWithTags(filtered, "@alpha");
        assertIncomplete(merge(dir.resolve("out"), one, filtered), "the shards ran with different tag or name filters: "
                + "every scenario: " + "shard 1/2 (" + one + "); tags \"@alpha\": shard 2/2 (" + filtered + ")");
    }

    @Test
    void shardsRunWithOneFilterMergeUnderIt(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        copy(one, first);
        copy(two, second);
        ranWithTags(first, "@alpha");
        ranWithTags(second, "@alpha");
        Merge m = merge(dir.resolve("out"), first, second);
        assertThat(m.rc()).as(m.console()).isEqualTo(MergeReports.FAILED);
        assertThat(m.index()).contains("tags &quot;@alpha&quot;").doesNotContain("every scenario");
        assertThat(RunData.read(m.out()).orElseThrow().selection().tags()).isEqualTo("@alpha");
    }

    /** Rewrites a shard folder's run data as if the shard had run with {@code -Dcucumber.filter.tags=tags}. */
    private static void ranWithTags(Path shard, String tags) throws IOException {
        Path data = shard.resolve(RunData.FILE);
        String text = Files.readString(data, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("selection.tags=\n");
        Files.writeString(data, text.replace("selection.tags=\n", "selection.tags=" + tags + "\n"), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aShardThatDiedIsNamed(@TempDir Path dir) throws IOException {
        Path dead = dir.resolve("dead");
        copy(two, dead);
        Files.delete(dead.resolve(RunData.FILE));
        assertIncomplete(merge(dir.resolve("out"), one, dead), "shard 2/2 (" + dead + ") did not finish");
    }

    @Test
    void aFolderThatIsNoShardIsNamed(@TempDir Path dir) throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertIncomplete(merge(dir.resolve("out"), one, plain), plain + " has no shard.properties");
        assertIncomplete(merge(dir.resolve("out2"), one, dir.resolve("nowhere")), dir.resolve("nowhere") + ": no such folder");
    }

    @Test
    void aFolderOfOtherFilesIsNeverOverwritten(@TempDir Path dir) throws IOException {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Merge m = merge(busy, one, two);
        assertThat(m.rc()).isEqualTo(MergeReports.INCOMPLETE);
        assertThat(m.console()).contains("holds files and is no earlier merged report");
        assertThat(busy.resolve("notes.txt")).hasContent("mine");
        assertThat(busy.resolve("index.html")).doesNotExist();
    }

    @Test
    void anEmptyShardPassesSaysSoAndMerges(@TempDir Path dir) throws IOException {
        List<Path> folders = new ArrayList<>();
        long tests = 0;
        for (int i = 1; i <= 8; i++) {
            Path reports = dir.resolve("of8-" + i);
            tests += ShardSuite.run(project, reports, Optional.of(new ShardSpec(i, 8)));
            folders.add(reports);
        }
        Path empty = folders.get(7);
        assertThat(Files.readString(empty.resolve("index.html"))).contains("this shard has no feature: 6 features cut into 8"
                + " shards leave shard 8 empty; nothing to run, and that is a pass");
        Merge m = merge(dir.resolve("out"), folders.toArray(Path[]::new));
        assertThat(m.rc()).as(m.console()).isEqualTo(MergeReports.FAILED);
        assertThat(RunData.read(m.out()).orElseThrow().run().scenarios()).hasSize((int) tests).hasSize(13);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
