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
        String chromium = chromiumOrSkip();
        Files.writeString(reports.resolve("broken.html"), "<html><body><h1>netspec behaviour report</h1>"
                + "<p>All 12 scenarios passed in 3.2 s on this machine.</p><script>render(data);</script></body></html>");
        Files.writeString(reports.resolve("blank.html"), "<html><body><div id=\"app\"></div>"
                + "<script>/* the app never renders */</script></body></html>");

        Files.writeString(reports.resolve("alert.html"), "<html><body><h1>netspec behaviour report</h1>"
                + "<p>All 12 scenarios passed in 3.2 s on this machine.</p><script>alert(1)</script></body></html>");

        List<String> problems = new ArrayList<>(new BrowserCheck(reports, chromium).check(List.of(
                new BrowserCheck.Page("broken.html", "broken.png", null),
                new BrowserCheck.Page("blank.html", "blank.png", null),
                new BrowserCheck.Page("missing.html", "missing.png", null))));
        // A page stuck on a dialog never finishes, so a short bound proves the timeout as well as a long one.
        problems.addAll(new BrowserCheck(reports, chromium, 2).check(List.of(
                new BrowserCheck.Page("alert.html", "alert.png", null))));

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("broken.html: script error \"Uncaught ReferenceError: render is not defined\"");
        assertThat(problems.get(1)).startsWith("blank.html: the page is blank in Chromium (0 visible characters");
        assertThat(problems.get(2)).endsWith("missing.html was not written");
        assertThat(problems.get(3)).startsWith("alert.html: the page did not finish loading in Chromium within 2 s (2 s and 5 s for each MiB of its")
                .contains(" bytes), " + BrowserCheck.LOADS + " times;");  // a page stuck on a dialog is stuck every time
        assertThat(reports.resolve("broken.png")).isNotEmptyFile();
    }

    @Test
    void aChromiumEndedByASignalOnceLoadsThePageOnceMoreAndEveryTimeFails(@TempDir Path reports) throws Exception {
        String chromium = chromiumOrSkip();
        Files.writeString(reports.resolve("page.html"), "<html><body><h1>netspec behaviour report</h1>"
                + "<p>All 12 scenarios passed in 3.2 s on this machine.</p></body></html>");
        // The real Chromium, behind a shell that ends itself with SIGTERM (exit 143) the first time, or every time.
        Path once = signalling(reports, "once", chromium, "[ -e \"$0.ran\" ] || { touch \"$0.ran\"; kill -TERM $$; }");
        Path always = signalling(reports, "always", chromium, "kill -TERM $$");

        List<String> signalledOnce = new BrowserCheck(reports, once.toString()).check(List.of(
                new BrowserCheck.Page("page.html", "once.png", null)));
        List<String> signalledTwice = new BrowserCheck(reports, always.toString()).check(List.of(
                new BrowserCheck.Page("page.html", "always.png", null)));

        assertThat(signalledOnce).as("the check of a page whose Chromium was ended by a signal the first time").isEmpty();
        assertThat(reports.resolve("once.png")).isNotEmptyFile();
        assertThat(signalledTwice).as("the check of a page whose Chromium was ended by a signal each time")
                .anySatisfy(p -> assertThat(p).startsWith("page.html: Chromium exited with 143, " + BrowserCheck.LOADS + " times; its last output:"));
    }

    private static Path signalling(Path dir, String name, String chromium, String line) throws Exception {
        Path script = dir.resolve(name + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + line + "\nexec '" + chromium + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** The Chromium the browser check uses; the test is skipped with the reason where there is none. */
    private static String chromiumOrSkip() {
        Optional<String> chromium = BrowserCheck.findChromium();
        Skip.unless(chromium.isPresent(), Requirement.CHROMIUM, () -> "no Chromium installed (bash ci/install-chromium.sh)");
        return chromium.get();
    }
}
