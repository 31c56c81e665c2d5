package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * Builds a real run (real sockets, Toxiproxy, WireMock) whose scenarios fail in every capability,
 * from throwaway features, then opens index.html and each scenario page in headless Chromium: every
 * failure card shows its failing step, its message and at least one measurement without a click,
 * and every chart of every page is drawn. Read from the DOM Chromium rendered (a probe script added
 * to a copy of each page records what is laid out and visible), not from the HTML source.
 * With {@code -Dnetspec.screenshots=docs/images} the screenshots of both pages are kept there.
 */
class FailureReportInBrowserTest {
    /** One throwaway feature per capability: each scenario fails after netspec measured something. */
    private static final Map<String, String> FEATURES = Map.of(
            "ip/classes", """
                    Scenario: a class C address taken for class A
                      Given the address "192.168.1.20"
                      Then it is a class A address
                    """,
            "ports/ephemeral", """
                    Scenario: an ephemeral range narrower than this machine's
                      Then the ephemeral port range of this machine lies within ports 1024 to 2000
                    """,
            "tcp/echo", """
                    Scenario: the echo answers something else
                      Given a TCP echo server "echo"
                      And a TCP client "alice" connected to "echo"
                      When "alice" measures 20 round trips of "ping\\n"
                      And "alice" sends "hello"
                      Then "alice" receives "bye" within 300 ms
                    """,
            "udp/loss", """
                    Scenario: a lossy radio loses less than hoped
                      Given the random seed 7
                      And a UDP sink server "usink"
                      And a UDP link "radio" to "usink" that drops 10% of datagrams
                      And a UDP client "bob"
                      When "bob" sends 300 datagrams of 100 bytes to "radio"
                      Then "usink" lost between 50% and 60% of the datagrams
                    """,
            "unix/echo", """
                    Scenario: a Unix-domain echo answers something else
                      Given a Unix-domain echo server "local"
                      And a Unix-domain client "carol" connected to "local"
                      When "carol" sends "hi"
                      Then "carol" receives "bye" within 300 ms
                    """,
            "faults/latency", """
                    Scenario: round trips over a slow link are too slow
                      Given a TCP echo server "echo"
                      And a link "wan" to "echo"
                      And the link "wan" adds 40 ms of latency
                      And a TCP client "alice" connected to "wan"
                      When "alice" measures 10 round trips of "ping\\n"
                      Then the median round trip of "alice" is between 1 ms and 5 ms
                    """,
            "http/stub", """
                    Scenario: the stub answers 200, not 404
                      Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
                      When an HTTP client GETs "/hello" from "api" with a 2 s timeout
                      Then the HTTP response has status 404
                    """);
    private static final Pattern PROBE = Pattern.compile("(?s)<pre id=\"probe\">(.*?)</pre>");

    @Test
    void everyFailureCardShowsItsStepMessageAndAMeasurementAndEveryChartIsDrawn(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String> f : FEATURES.entrySet()) {
            Path file = dir.resolve("features/" + f.getKey() + ".feature");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Feature: " + f.getKey() + "\n\n" + f.getValue().indent(2));
        }
        Path reports = dir.resolve("reports");
        EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "io.netspec.steps")
                .configurationParameter("cucumber.plugin", "html:" + reports.resolve("cucumber.html")
                        + ", io.netspec.report.IndexPlugin:" + reports)
                .selectors(selectDirectory(dir.resolve("features").toFile()))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(FEATURES.size()).failed(FEATURES.size()));
        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains(FEATURES.size() + " of " + FEATURES.size() + " scenarios failed");

        Optional<String> chromium = BrowserCheck.findChromium();
        assumeTrue(chromium.isPresent(), "no Chromium installed (bash ci/install-chromium.sh)");
        BrowserCheck browser = new BrowserCheck(reports, chromium.get());

        List<String> cards = probe(browser, reports.resolve("index.html"), reports.resolve("index.png"));
        assertThat(cards).hasSize(FEATURES.size() + 1);
        assertThat(cards.get(0)).matches("charts drawn (\\d+) of \\1").doesNotContain("drawn 0 ");
        for (String card : cards.subList(1, cards.size())) {
            String[] cell = card.split("\t", -1);
            assertThat(cell).as(card).hasSize(5);
            assertThat(cell[1]).as("failing step of " + cell[0]).startsWith("Then ");
            assertThat(cell[2]).as("message of " + cell[0]).isNotBlank();
            assertThat(Integer.parseInt(cell[3]) + Integer.parseInt(cell[4])).as("measurements of " + cell[0])
                    .isPositive();
        }
        assertThat(cards).anySatisfy(c -> assertThat(c).contains("round trips over a slow link")
                .contains("Then the median round trip of \"alice\" is between 1 ms and 5 ms"));

        List<Path> pages;
        try (Stream<Path> list = Files.list(reports.resolve("scenarios"))) {
            pages = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSize(FEATURES.size());
        int charts = 0;
        for (Path page : pages) {
            String drawn = probe(browser, page, page.resolveSibling(page.getFileName() + ".png")).get(0);
            assertThat(drawn).as(page.getFileName().toString()).matches("charts drawn (\\d+) of \\1");
            charts += Integer.parseInt(drawn.split(" ")[2]);
        }
        assertThat(charts).as("charts drawn on the scenario pages").isGreaterThanOrEqualTo(3);
        keepScreenshots(reports, pages);
    }

    /** The probe's lines from the rendered DOM of a copy of {@code page} (next to it, so links resolve). */
    private static List<String> probe(BrowserCheck browser, Path page, Path screenshot) throws Exception {
        Path copy = page.resolveSibling("probe-" + page.getFileName());
        String script;
        try (InputStream in = FailureReportInBrowserTest.class.getResourceAsStream("probe.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(copy, html.replace("</body>", "<script>" + script + "</script>\n</body>"));
        BrowserCheck.Output out = browser.render(copy, screenshot);
        Files.delete(copy);
        assertThat(ChromiumOutput.scriptErrors(out.stderr())).as(page.getFileName().toString()).isEmpty();
        Matcher m = PROBE.matcher(out.stdout());
        assertThat(m.find()).as("the probe's result in the DOM of " + page.getFileName()).isTrue();
        String text = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return new ArrayList<>(List.of(text.split("\n")));
    }

    private static void keepScreenshots(Path reports, List<Path> pages) throws IOException {
        String keep = System.getProperty("netspec.screenshots");
        if (keep == null || keep.isBlank()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of(keep));
        Files.copy(reports.resolve("index.png"), folder.resolve("report-index.png"), StandardCopyOption.REPLACE_EXISTING);
        Path slow = pages.stream().filter(p -> p.getFileName().toString().startsWith("faults")).findFirst()
                .orElse(pages.get(0));
        Files.copy(slow.resolveSibling(slow.getFileName() + ".png"), folder.resolve("report-scenario.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
