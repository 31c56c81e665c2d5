package io.netspec.report;

import io.netspec.testkit.Skip;
import io.netspec.core.Requirement;
import io.netspec.host.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /**
     * One throwaway feature per capability: each scenario fails after netspec measured something. Those of
     * {@link #ON_HOSTS} put two hosts on a network, so their capture, topology and ladders are attached.
     */
    private static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("ip/classes", """
                    Scenario: a class C address taken for class A
                      Given the address "192.168.1.20"
                      Then it is a class A address
                    """),
            Map.entry("ports/ephemeral", """
                    Scenario: an ephemeral range narrower than this machine's
                      Then the ephemeral port range of this machine lies within ports 1024 to 2000
                    """),
            Map.entry("tcp/echo", """
                    Scenario: the echo answers something else
                      Given a TCP echo server "echo"
                      And a TCP client "alice" connected to "echo"
                      When "alice" measures 20 round trips of "ping\\n"
                      And "alice" sends "hello"
                      Then "alice" receives "bye" within 300 ms
                    """),
            Map.entry("udp/loss", """
                    Scenario: a lossy radio loses less than hoped
                      Given the random seed 7
                      And a UDP sink server "usink"
                      And a UDP link "radio" to "usink" that drops 10% of datagrams
                      And a UDP client "bob"
                      When "bob" sends 300 datagrams of 100 bytes to "radio"
                      Then "usink" lost between 50% and 60% of the datagrams
                    """),
            Map.entry("unix/echo", """
                    Scenario: a Unix-domain echo answers something else
                      Given a Unix-domain echo server "local"
                      And a Unix-domain client "carol" connected to "local"
                      When "carol" sends "hi"
                      Then "carol" receives "bye" within 300 ms
                    """),
            Map.entry("faults/latency", """
                    Scenario: round trips over a slow link are too slow
                      Given a TCP echo server "echo"
                      And a link "wan" to "echo"
                      And the link "wan" adds 400 ms of latency
                      And a TCP client "alice" connected to "wan"
                      When "alice" measures 5 round trips of "ping\\n"
                      Then the median round trip of "alice" is between 1 ms and 5 ms
                    """),
            Map.entry("http/stub", """
                    Scenario: the stub answers 200, not 404
                      Given an HTTP stub "api" that answers GET "/hello" with status 200 and body "hi"
                      When an HTTP client GETs "/hello" from "api" with a 2 s timeout
                      Then the HTTP response has status 404
                    """),
            Map.entry("http/tls", """
                    @tls
                    Scenario: the HTTPS stub answers 200, not 404
                      Given an HTTPS stub "secure" that answers GET "/hi" with status 200 and body "hi"
                      When an HTTPS client GETs "/hi" from "secure" with a 2 s timeout
                      Then the HTTP response has status 404
                    """),
            Map.entry("smtp/delivery", """
                    @smtp
                    Scenario: the mailbox holds one mail, not two
                      Given an SMTP server "mail"
                      When a mail from "ann@example.org" to "bob@example.org" with subject "Hello" is sent through "mail"
                      Then "mail" holds 2 mails for "bob@example.org" with subject "Hello" within 500 ms
                    """),
            Map.entry("hosts/across-hosts", """
                    @hosts
                    Scenario: the echo on another host answers something else
                      Given a network "office" on "192.168.1.0/24"
                      And a host "web" at "192.168.1.10" on "office"
                      And a host "db" at "192.168.1.20" on "office"
                      And a TCP echo server "echo" on host "db"
                      And a TCP client "alice" on host "web" connected to "echo" within 5 s
                      When "alice" sends "hello"
                      Then "alice" receives "bye" within 300 ms
                    """),
            Map.entry("packets/timing", """
                    @hosts @packets
                    Scenario: round trips across a network that delays packets are too slow
                      Given a network "office" on "192.168.1.0/24"
                      And a host "web" at "192.168.1.10" on "office"
                      And a host "db" at "192.168.1.20" on "office"
                      And the network "office" delays packets by 200 ms with 1 ms of jitter
                      And every wait in this scenario is at most 20 s
                      And a TCP echo server "echo" on host "db"
                      And a TCP client "alice" on host "web" connected to "echo" within 5 s
                      When "alice" measures 5 round trips of "ping\\n"
                      Then the median round trip of "alice" is between 1 ms and 5 ms
                    """));
    /** The features that need hosts: skipped, with the reason, where hosts cannot run. */
    private static final Set<String> ON_HOSTS = Set.of("hosts/across-hosts", "packets/timing");
    private static final Pattern PROBE = Pattern.compile("(?s)<pre id=\"probe\">(.*?)</pre>");

    @Test
    void everyFailureCardShowsItsStepMessageAndAMeasurementAndEveryChartIsDrawn(@TempDir Path dir) throws Exception {
        Optional<String> noHosts = Capability.missing();
        noHosts.ifPresent(why -> System.out.println("[netspec] the failures of " + ON_HOSTS + " are skipped: " + why));
        int failing = FEATURES.size() - (noHosts.isPresent() ? ON_HOSTS.size() : 0);
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
                // Four at a time, as the build runs scenarios: each fails whatever its timing.
                .configurationParameter("cucumber.execution.parallel.enabled", "true")
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", "4")
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", "4")
                .selectors(selectDirectory(dir.resolve("features").toFile()))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(FEATURES.size()).failed(failing)
                        .aborted(FEATURES.size() - failing));
        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains(failing + " of " + FEATURES.size() + " scenarios failed");
        noHosts.ifPresent(why -> assertThat(index).contains(Html.escape(why)));

        Optional<String> chromium = BrowserCheck.findChromium();
        Skip.unless(chromium.isPresent(), Requirement.CHROMIUM, () -> "no Chromium installed (bash ci/install-chromium.sh)");
        BrowserCheck browser = new BrowserCheck(reports, chromium.get());

        List<Path> pages;
        try (Stream<Path> list = Files.list(reports.resolve("scenarios"))) {
            pages = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<Path> all = new ArrayList<>(List.of(reports.resolve("index.html")));
        all.addAll(pages);
        Map<Path, List<String>> rendered = probeAll(browser, all);
        rendered.forEach((page, lines) -> assertThat(kind(lines, "width")).as("the width of " + page.getFileName())
                .singleElement().satisfies(w -> assertThat(Integer.parseInt(w[0]))
                        .as("%s is no wider than the window: wide tables and texts scroll in their own boxes", page.getFileName())
                        .isLessThanOrEqualTo(Integer.parseInt(w[1]))));
        List<String> seen = rendered.get(reports.resolve("index.html"));
        assertThat(seen.get(0)).matches("charts drawn (\\d+) of \\1").doesNotContain("drawn 0 ");
        List<String[]> cards = kind(seen, "card");
        assertThat(cards).hasSize(failing);
        for (String[] cell : cards) {
            String card = String.join(" | ", cell);
            assertThat(cell).as(card).hasSize(5);
            assertThat(cell[1]).as("failing step of " + cell[0]).startsWith("Then ");
            assertThat(cell[2]).as("message of " + cell[0]).isNotBlank();
            assertThat(Integer.parseInt(cell[3]) + Integer.parseInt(cell[4])).as("measurements of " + card)
                    .isPositive();
        }
        assertThat(cards).anySatisfy(c -> assertThat(String.join(" ", c)).contains("round trips over a slow link")
                .contains("Then the median round trip of \"alice\" is between 1 ms and 5 ms"));
        if (noHosts.isEmpty()) {
            assertThat(cards).anySatisfy(c -> assertThat(c[0]).contains("on another host"));
            assertThat(cards).filteredOn(c -> c[0].contains("network that delays"))
                    .singleElement().satisfies(c -> assertThat(Integer.parseInt(c[3])).as("pictures drawn").isPositive());
        }

        assertThat(pages).hasSize(FEATURES.size());
        int charts = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString();
            List<String> drawn = rendered.get(page);
            assertThat(drawn.get(0)).as(name).matches("charts drawn (\\d+) of \\1");
            charts += Integer.parseInt(drawn.get(0).split(" ")[2]);
            if (noHosts.isEmpty() || ON_HOSTS.stream().noneMatch(k -> name.startsWith(slug(k)))) {
                expectAttachments(name, drawn);
            }
        }
        assertThat(charts).as("charts drawn on the scenario pages").isGreaterThanOrEqualTo(3);
        keepScreenshots(reports, pages, noHosts.isEmpty());
    }

    /** What each capability's scenario page must show open: pictures drawn, captures to download, texts as text. */
    private static void expectAttachments(String page, List<String> seen) {
        List<String[]> figures = kind(seen, "figure");
        List<String[]> texts = kind(seen, "text");
        assertThat(figures).as("pictures of " + page).allSatisfy(f -> assertThat(f[1]).as(f[0]).isEqualTo("drawn"));
        assertThat(texts).as("texts of " + page).allSatisfy(t -> assertThat(t[1]).as(t[0]).isEqualTo("shown"));
        if (page.startsWith(slug("hosts/across-hosts")) || page.startsWith(slug("packets/timing"))) {
            assertThat(figures).as("topology on " + page).anySatisfy(f -> assertThat(f[0]).isEqualTo("topology"));
            assertThat(figures).as("ladder on " + page).anySatisfy(f -> assertThat(f[0]).startsWith("ladder of web -> db on \"office\" (TCP 192.168.1.10:"));
            assertThat(texts).as("packet table on " + page).anySatisfy(t -> {
                assertThat(t[0]).startsWith("packets of \"office\"");
                assertThat(t[2]).contains("192.168.1.10").contains("192.168.1.20");
            });
            List<String[]> downloads = kind(seen, "download");
            assertThat(downloads).as("downloads of " + page).anySatisfy(d -> assertThat(d[0]).isEqualTo("capture of \"office\" (pcap)"));
            for (String[] d : downloads) {
                assertThat(d[1]).as(d[0]).isEqualTo("shown");
                assertThat(d[3]).as("file name offered for " + d[0]).endsWith(".pcap");
                Path file = Path.of(URI.create(d[2]));
                assertThat(file).as("the file behind " + d[0]).isRegularFile();
                byte[] head = Arrays.copyOf(read(file), 4);
                assertThat(HexFormat.of().formatHex(head)).as("pcap magic of " + file).isIn("d4c3b2a1", "a1b2c3d4", "4d3cb2a1", "a1b23c4d");
            }
        }
        if (page.startsWith(slug("packets/timing"))) {
            assertThat(figures).as("round-trip chart on " + page)
                    .anySatisfy(f -> assertThat(f[0]).isEqualTo("round trips of \"alice\" (chart)"));
        }
        if (page.startsWith(slug("smtp/delivery"))) {
            assertThat(texts).as("SMTP dialogue on " + page).anySatisfy(t -> {
                assertThat(t[0]).isEqualTo("SMTP dialogue through \"mail\"");
                assertThat(t[2]).contains("220").contains("MAIL FROM");
            });
        }
        if (page.startsWith(slug("http/tls"))) {
            assertThat(texts).as("HTTPS exchange on " + page).anySatisfy(t -> {
                assertThat(t[0]).isEqualTo("HTTP");
                assertThat(t[2]).contains("200");
            });
        }
        if (page.startsWith(slug("tcp/echo"))) {
            assertThat(texts).as("transcript on " + page).anySatisfy(t -> {
                assertThat(t[0]).isEqualTo("transcript of \"alice\"");
                assertThat(t[2]).contains("hello");
            });
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The probe's lines of one kind, split at the tabs, without the kind. */
    private static List<String[]> kind(List<String> seen, String kind) {
        return seen.stream().filter(l -> l.startsWith(kind + "\t"))
                .map(l -> Arrays.copyOfRange(l.split("\t", -1), 1, l.split("\t", -1).length)).toList();
    }

    /** The start of the page names of a feature's scenarios: {@code packets/timing} as {@code packets-timing-}. */
    private static String slug(String feature) {
        return feature.replace('/', '-') + "-";
    }

    /** The probe's lines of every page, rendered side by side as the browser check does; screenshots beside them. */
    private static Map<Path, List<String>> probeAll(BrowserCheck browser, List<Path> pages) throws Exception {
        List<List<String>> seen = SideBySide.run(pages, page -> probe(browser, page,
                page.getFileName().toString().equals("index.html")
                        ? page.resolveSibling("index.png") : page.resolveSibling(page.getFileName() + ".png")));
        Map<Path, List<String>> byPage = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byPage.put(pages.get(i), seen.get(i));
        }
        return byPage;
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
        BrowserCheck.Output out = browser.render(copy, screenshot, BrowserCheck.TIMEOUT_SECONDS);
        Files.delete(copy);
        assertThat(ChromiumOutput.scriptErrors(out.stderr())).as(page.getFileName().toString()).isEmpty();
        Matcher m = PROBE.matcher(out.stdout());
        assertThat(m.find()).as("the probe's result in the DOM of " + page.getFileName()).isTrue();
        String text = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return new ArrayList<>(List.of(text.split("\n")));
    }

    private static void keepScreenshots(Path reports, List<Path> pages, boolean hosts) throws IOException {
        String keep = System.getProperty("netspec.screenshots");
        if (keep == null || keep.isBlank()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of(keep));
        Files.copy(reports.resolve("index.png"), folder.resolve("report-index.png"), StandardCopyOption.REPLACE_EXISTING);
        String shown = slug(hosts ? "packets/timing" : "faults/latency");
        Path slow = pages.stream().filter(p -> p.getFileName().toString().startsWith(shown)).findFirst()
                .orElse(pages.get(0));
        Files.copy(slow.resolveSibling(slow.getFileName() + ".png"), folder.resolve("report-scenario.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
