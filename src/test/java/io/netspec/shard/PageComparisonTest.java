package io.netspec.shard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page comparison lets differ between a single run and a merge: numbers and times, whatever their unit. */
class PageComparisonTest {
    @Test
    void aTimeReadsAlikeInMillisecondsAndInSeconds() {
        // A scenario that took 950 ms in one run and 1.2 s in the other (a busy machine) is the same page.
        assertThat(PageComparison.masked("<p class=\"verdict fail\">failed after 950 ms</p>"))
                .isEqualTo(PageComparison.masked("<p class=\"verdict fail\">failed after 1.2 s</p>"));
        assertThat(PageComparison.masked("took 3 µs")).isEqualTo(PageComparison.masked("took 2 min"));
    }

    @Test
    void wordsAfterANumberStillCount() {
        assertThat(PageComparison.masked("2 scenarios failed")).isNotEqualTo(PageComparison.masked("2 steps failed"));
        assertThat(PageComparison.masked("2 scenarios failed")).isEqualTo("# scenarios failed");
    }
}
