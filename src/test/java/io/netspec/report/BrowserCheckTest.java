package io.netspec.report;

import io.netspec.testkit.Skip;
import io.netspec.core.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The browser check in a real headless Chromium: it must fail on a script error and on a blank page. */
class BrowserCheckTest {
    @Test
    void failsOnAScriptErrorABlankPageAMissingPageAndADialog(@TempDir Path reports) throws Exception {
        Optional<String> chromium = BrowserCheck.findChromium();
        Skip.unless(chromium.isPresent(), Requirement.CHROMIUM, () -> "no Chromium installed (bash ci/install-chromium.sh)");
        Files.writeString(reports.resolve("broken.html"), "<html><body><h1>netspec behaviour report</h1>"
                + "<p>All 12 scenarios passed in 3.2 s on this machine.</p><script>render(data);</script></body></html>");
        Files.writeString(reports.resolve("blank.html"), "<html><body><div id=\"app\"></div>"
                + "<script>/* the app never renders */</script></body></html>");

        Files.writeString(reports.resolve("alert.html"), "<html><body><h1>netspec behaviour report</h1>"
                + "<p>All 12 scenarios passed in 3.2 s on this machine.</p><script>alert(1)</script></body></html>");

        List<String> problems = new ArrayList<>(new BrowserCheck(reports, chromium.get()).check(List.of(
                new BrowserCheck.Page("broken.html", "broken.png", null),
                new BrowserCheck.Page("blank.html", "blank.png", null),
                new BrowserCheck.Page("missing.html", "missing.png", null))));
        // A page stuck on a dialog never finishes, so a short bound proves the timeout as well as a long one.
        problems.addAll(new BrowserCheck(reports, chromium.get(), 2).check(List.of(
                new BrowserCheck.Page("alert.html", "alert.png", null))));

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("broken.html: script error \"Uncaught ReferenceError: render is not defined\"");
        assertThat(problems.get(1)).startsWith("blank.html: the page is blank in Chromium (0 visible characters");
        assertThat(problems.get(2)).endsWith("missing.html was not written");
        assertThat(problems.get(3)).startsWith("alert.html: the page did not finish loading in Chromium within 2 s (2 s and 5 s for each MiB of its")
                .contains(" bytes), twice;");  // a page stuck on a dialog is stuck the second time too
        assertThat(reports.resolve("broken.png")).isNotEmptyFile();
    }
}
