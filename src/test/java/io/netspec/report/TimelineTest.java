package io.netspec.report;

import io.netspec.packet.FaultTimeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault timeline in the report: read from the data netspec attaches, drawn beside the steps on one
 * axis, put first in the failure card and at the top of the scenario page, every text escaped, bounded.
 */
class TimelineTest {
    private static final long T0 = 1_765_000_000_000_000L; // microseconds since the epoch

    private static Instant at(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1_000);
    }

    private static StepResult step(String text, long startMicros, long millis, String status, Attachment... attached) {
        return new StepResult("When ", text, 7, false, status, Duration.ofMillis(millis), "", List.of(attached), at(startMicros));
    }

    private static final String DATA = String.join("\n", "# netspec timeline", "now\t" + (T0 + 6_000_000),
            "fault\tcut\t" + (T0 + 1_000_000) + "\t" + (T0 + 3_000_000) + "\t42\thosts \"web\" cut off from \"<db>\" for 2 s\tdb,web",
            "fault\tnetwork down\t" + (T0 + 4_000_000) + "\t" + (T0 + 4_200_000) + "\t-1\tthe network \"office\" down (it flaps)\tweb",
            "fault\tnetwork down\t" + (T0 + 5_000_000) + "\t-1\t-1\tthe network \"office\" down (it flaps)\tweb",
            "sample\tbytes read by \"sink\"\t" + (T0 + 1_000_000) + "\t1000\tbytes",
            "sample\tbytes read by \"sink\"\t" + (T0 + 3_500_000) + "\t262144\tbytes",
            "fault\tcut\tnot-a-number\t1\t1\tbroken\t", "a line a later netspec writes") + "\n";

    private static Attachment data() {
        return Attachment.of("fault timeline", Timeline.MEDIA_TYPE, DATA.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFaultAndSampleAndPassesOverWhatItCannotRead() {
        Timeline t = Timeline.parse(DATA);
        assertThat(t.nowMicros()).isEqualTo(T0 + 6_000_000);
        assertThat(t.faults()).hasSize(3);
        assertThat(t.faults().get(0).subjects()).containsExactly("db", "web");
        assertThat(t.faults().get(2).endOr(t.nowMicros())).isEqualTo(T0 + 6_000_000);
        assertThat(t.streams().get("bytes read by \"sink\"").samples()).hasSize(2);
        assertThat(t.table()).contains("   0.000s    2.000s  cut", "(42 frames dropped)", "lasting",
                "transfer bytes read by \"sink\": 2 samples, last 262144 bytes");
    }

    @Test
    void theMediaTypeIsTheOneNetspecWrites() {
        assertThat(Timeline.MEDIA_TYPE).isEqualTo(FaultTimeline.MEDIA_TYPE);
        FaultTimeline written = new FaultTimeline();
        written.end(written.begin(FaultTimeline.Kind.CUT, "a cut", Set.of("db"), System.nanoTime(), () -> 3), System.nanoTime());
        assertThat(Timeline.parse(written.data(System.nanoTime())).faults()).singleElement()
                .satisfies(f -> assertThat(f.words()).isEqualTo("a cut"));
    }

    @Test
    void drawsStepsFaultsAndTransfersOnOneAxisWithEveryTextEscaped() {
        String svg = TimelineSvg.render(Timeline.parse(DATA), List.of(
                step("hosts \"web\" are cut off from \"<db>\" for 2 s", T0 + 990_000, 10, "PASSED"),
                step("\"alice\" sends 256 KiB", T0 + 1_000_000, 2_600, "FAILED"),
                new StepResult("After", "TimelineHooks.end()", 0, true, "PASSED", Duration.ZERO, "", List.of(), at(T0))));
        assertThat(svg).startsWith("<svg").contains("seconds from the first step", ">steps<", ">faults, as applied<",
                ">transfers (how far each got)<", "cut: hosts &quot;web&quot; cut off from &quot;&lt;db&gt;&quot; for 2 s",
                "bytes read by &quot;sink&quot; (up to 262144 bytes)", "fill=\"#cf222e\"", "<polyline")
                .doesNotContain("<db>").doesNotContain("TimelineHooks");
        assertThat(count(svg, "<title>network down: the network")).as("a flapping network is one row").isEqualTo(1);
        assertThat(count(svg, "<title>network down ")).as("with a bar for each outage").isEqualTo(2);
        // The cut starts 1.0 s after the first step's 0.99 s: its bar starts where the second step's does.
        assertThat(xOf(svg, "<title>cut 0.010 s to 2.010 s")).isEqualTo(xOf(svg, "<title>failed, 0.010 s to 2.610 s"));
    }

    @Test
    void manyStepsAndFaultsAreBoundedAndSaySo() {
        StringBuilder data = new StringBuilder("now\t" + (T0 + 1_000_000) + "\n");
        for (int i = 0; i < 100; i++) {
            data.append("fault\tcut\t").append(T0 + i).append('\t').append(T0 + i + 10).append("\t-1\tcut ").append(i).append("\tdb\n");
        }
        List<StepResult> steps = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            steps.add(step("step " + i, T0 + i, 1, "PASSED"));
        }
        String svg = TimelineSvg.render(Timeline.parse(data.toString()), steps);
        assertThat(svg).contains("steps (the first 60 of 100)", "faults, as applied (the first 40 of 100)");
        assertThat(svg.length()).isLessThan(60_000);
    }

    @Test
    void aTransferThatGotNowhereSaysSo() {
        String svg = TimelineSvg.render(Timeline.parse("now\t" + (T0 + 1_000) + "\nsample\tbytes read by \"sink\"\t" + T0
                + "\t0\tbytes\n"), List.of());
        assertThat(svg).contains("bytes read by &quot;sink&quot; (nothing yet)").doesNotContain("up to");
    }

    @Test
    void thePictureGoesBesideTheDataFirstInTheFailureCardAndAtTheTopOfTheScenarioPage() {
        ScenarioResult s = new ScenarioResult(FeaturePath.of("features/partitions/x.feature"), "cut", 3, List.of("@hosts"),
                "FAILED", Duration.ofSeconds(7), "expected", List.of(), 2, List.of(
                step("hosts \"web\" are cut off from \"db\" for 2 s", T0 + 990_000, 10, "PASSED"),
                step("\"alice\" sends 256 KiB", T0 + 1_000_000, 2_600, "FAILED",
                        Attachment.of("a chart", "image/svg+xml", new byte[5])),
                new StepResult("After", "TimelineHooks.endFaultsAndAttachTimeline()", 0, true, "PASSED", Duration.ZERO, "",
                        List.of(data()), at(T0 + 6_000_000))), "");
        ScenarioResult drawn = Timeline.withPicture(s);
        List<Attachment> hook = drawn.steps().get(2).attachments();
        assertThat(hook).extracting(Attachment::name).containsExactly("fault timeline", Timeline.PICTURE);
        assertThat(Timeline.withPicture(drawn).allAttachments()).as("drawn once").hasSize(3);
        assertThat(FailureCard.pictures(drawn, drawn.failingStep())).extracting(Attachment::name)
                .startsWith(Timeline.PICTURE, "a chart");
        assertThat(FailureCard.texts(drawn, drawn.failingStep())).noneMatch(Timeline::isData);

        ScenarioResult written = drawn.mapAttachments(a -> a.writtenTo("scenarios/x/" + a.name().length() + "." + a.extension()))
                .withPage("scenarios/x.html");
        String page = ScenarioPage.render(written);
        assertThat(page.indexOf("<h2>Timeline</h2>")).isPositive().isLessThan(page.indexOf("<h2>Steps</h2>"));
        assertThat(count(page, "alt=\"" + Timeline.PICTURE + "\"")).as("the picture once, above the steps").isEqualTo(1);
        assertThat(page).contains("figure class=\"chart timeline\"", "fault, as netspec applied it (seconds from the first)")
                .doesNotContain("fault\tcut\t");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Optional<String> xOf(String svg, String title) {
        Matcher m = Pattern.compile("<rect x=\"(\\d+)\"[^>]*><title>" + Pattern.quote(title.substring("<title>".length())))
                .matcher(svg);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
