package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The bounds of a program's kept output, what it says was cut, and lines matched as they come. */
class ProgramOutputTest {

    private static void feed(ProgramOutput out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.feed(bytes, 0, bytes.length);
    }

    @Test
    void aLastLineWithoutANewlineIsKeptAndSaid() {
        ProgramOutput out = new ProgramOutput();
        feed(out, "ready\nlast words");
        out.end(null);
        assertThat(out.text()).isEqualTo("ready\nlast words [no newline at the end]\n");
        assertThat(out.summary()).contains("16 bytes in 2 line(s), all kept").contains("the last line has no newline");
        assertThat(out.contains("words".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void endlessBytesWithoutANewlineKeepOnlyTheBoundOfOneLine() {
        ProgramOutput out = new ProgramOutput();
        byte[] zeros = new byte[8192];
        for (int i = 0; i < 128 * 1024; i++) { // 1 GiB, as "cat /dev/zero" prints it
            out.feed(zeros, 0, zeros.length);
        }
        out.end(null);
        assertThat(out.bytes()).isEqualTo(1L << 30);
        assertThat(out.keptBytes()).hasSize(ProgramOutput.LINE_BOUND);
        assertThat(out.summary()).contains("1 line(s) longer than 4096 bytes cut to that length ("
                + ((1L << 30) - ProgramOutput.LINE_BOUND) + " bytes cut)");
        assertThat(out.text()).contains("more bytes of this line not kept");
    }

    @Test
    void manyLinesKeepTheHeadAndTheTailAndCountWhatWasCutBetween() {
        ProgramOutput out = new ProgramOutput();
        for (int i = 0; i < 100_000; i++) {
            feed(out, "line " + i + " " + "x".repeat(90) + "\n");
        }
        out.end(null);
        byte[] kept = out.keptBytes();
        assertThat(kept.length).isLessThanOrEqualTo(ProgramOutput.HEAD_BOUND + ProgramOutput.TAIL_BOUND);
        String text = out.text();
        assertThat(text).startsWith("line 0 ").contains("line 99999 ").doesNotContain("line 50000 ");
        assertThat(text).containsPattern("\\[\\.\\.\\. \\d+ line\\(s\\), \\d+ bytes not kept \\.\\.\\.]");
        assertThat(out.summary()).contains("cut between them");
    }

    @Test
    void endlessEmptyLinesAreBoundedByTheirCountToo() {
        ProgramOutput out = new ProgramOutput();
        byte[] newlines = new byte[8192];
        Arrays.fill(newlines, (byte) '\n');
        for (int i = 0; i < 1000; i++) {
            out.feed(newlines, 0, newlines.length);
        }
        out.end(null);
        assertThat(out.lines()).isEqualTo(8192L * 1000);
        assertThat(out.text().lines().count()).isLessThanOrEqualTo(2L * ProgramOutput.LINES_BOUND + 1);
    }

    @Test
    void aLineIsMatchedAsItComesEvenIfItIsLaterCutFromTheMiddle() throws Exception {
        ProgramOutput out = new ProgramOutput();
        CompletableFuture<Optional<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return out.awaitLine(Pattern.compile("Ready to accept"), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await("the waiter").atMost(Duration.ofSeconds(30)).until(() -> out.waiting() == 1);
        for (int i = 0; i < 10_000; i++) {
            feed(out, "noise " + i + "\n");
            if (i == 5_000) {
                feed(out, "* Ready to accept connections\r\n");
            }
        }
        assertThat(waiting.get()).contains("* Ready to accept connections");
        assertThat(out.text()).as("the line was cut from the middle since").doesNotContain("Ready");
    }

    @Test
    void waitingForALineEndsWhenTheOutputEnds() throws Exception {
        ProgramOutput out = new ProgramOutput();
        feed(out, "nothing useful\n");
        CompletableFuture<Optional<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return out.awaitLine(Pattern.compile("never"), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        out.end(null);
        assertThat(waiting.get()).isEmpty();
        assertThat(out.awaitLine(Pattern.compile("useful"), Duration.ZERO)).contains("nothing useful");
    }
}
