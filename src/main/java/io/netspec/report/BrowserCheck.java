package io.netspec.report;

import io.netspec.core.FileTrees;
import io.netspec.core.NetspecFailure;
import io.netspec.core.Requirement;
import io.netspec.core.Settings;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens reports/index.html, reports/cucumber.html and the scenario pages of the failures (up to
 * {@value #SCENARIO_PAGES}; one scenario page in a run without failures) in headless Chromium, fails on a blank page, a
 * script error or a picture whose file is missing, and saves a screenshot of each (index.png,
 * cucumber.png, scenarios/&lt;scenario&gt;.png) beside them. Without a Chromium it prints a clear notice
 * and passes. Run by {@code mvn verify} after the scenarios.
 */
public final class BrowserCheck {
    /** Environment variable naming the Chromium (or Chrome) binary to use. */
    public static final String CHROMIUM_ENV = Settings.Knob.CHROMIUM.variable();
    static final int MIN_VISIBLE_CHARS = 40;
    static final long TIMEOUT_SECONDS = 40;
    /**
     * Seconds a page gets on top of the bound for each MiB it holds: Chromium lays out and runs every
     * scenario of cucumber.html (tens of MiB), which beside other builds took more than 40 s, while a page
     * stuck on a dialog never finishes however long it is given.
     */
    static final long SECONDS_PER_MIB = 5;
    static final int SCENARIO_PAGES = 8;
    /** Chromium runs side by side at most. */
    static final int AT_ONCE = 3;
    /**
     * Loads of one page at most: a Chromium whose virtual time never ran out (cucumber.html did not finish in
     * 161 s, then loaded in 9 s, twice in eleven builds beside CPU hogs or a second build) or that was ended
     * by a signal is tried again; a page stuck on a dialog or crashing Chromium fails every load.
     */
    static final int LOADS = 3;
    private static final java.util.regex.Pattern SCENARIO_LINK =
            java.util.regex.Pattern.compile("href=\"(scenarios/[^\"#?]+\\.html)\"");
    private static final java.util.regex.Pattern IMG = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"");
    private static final List<String> CANDIDATES =
            List.of("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Path reports;
    private final String chromium;
    private final long timeoutSeconds;

    BrowserCheck(Path reports, String chromium) {
        this(reports, chromium, TIMEOUT_SECONDS);
    }

    BrowserCheck(Path reports, String chromium, long timeoutSeconds) {
        this.reports = reports;
        this.chromium = chromium;
        this.timeoutSeconds = timeoutSeconds;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path reports = Path.of(args.length > 0 ? args[0] : "reports");
        if (!Files.isRegularFile(reports.resolve("cucumber.json"))) {
            System.out.println("[netspec] browser check SKIPPED: no scenario ran (" + reports.resolve("cucumber.json")
                    + " is missing, for example with -Dmaven.test.skip), so there is no report to check.");
            return;
        }
        Optional<String> chromium = findChromium();
        if (chromium.isEmpty()) {
            String why = "no Chromium found (looked for $" + CHROMIUM_ENV + " and " + String.join(", ", CANDIDATES)
                    + " on PATH). Install it with: bash ci/install-chromium.sh (Debian package chromium-headless-shell,"
                    + " else chromium; needs root).";
            if (Settings.system().requires(Requirement.CHROMIUM)) {
                throw Requirement.CHROMIUM.failure("the browser check cannot run: " + why);
            }
            System.out.println("[netspec] browser check SKIPPED: " + why);
            return;
        }
        List<Page> pages = new ArrayList<>(List.of(new Page("index.html", "index.png", "netspec behaviour report")));
        if (Files.size(reports.resolve("cucumber.json")) == 0) {
            // Cucumber leaves its JSON empty when no scenario ran; its HTML page is empty then too.
            System.out.println("[netspec] browser check: no scenario ran, so only index.html is checked"
                    + " (cucumber.html has nothing to show)");
        } else {
            pages.add(new Page("cucumber.html", "cucumber.png", null));
            pages.addAll(scenarioPages(reports));
        }
        List<String> problems = new BrowserCheck(reports, chromium.get()).check(pages);
        if (!problems.isEmpty()) {
            throw NetspecFailure.of("the report failed its browser check:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The scenario pages of the failure cards on index.html (at most {@value #SCENARIO_PAGES}); in a run
     * without failures, the first scenario page the index links (so one is always checked).
     */
    static List<Page> scenarioPages(Path reports) throws IOException {
        Path index = reports.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        String html = Files.readString(index, StandardCharsets.UTF_8);
        java.util.Set<String> linked = new java.util.LinkedHashSet<>();
        // What comes before the first card is the rest of the page; each part after it starts a card.
        String[] parts = html.split("<section class=\"failure\"[^>]*>");
        for (int i = 1; i < parts.length && linked.size() < SCENARIO_PAGES; i++) {
            int end = parts[i].indexOf("</section>");  // the last card is followed by the rest of the page
            java.util.regex.Matcher m = SCENARIO_LINK.matcher(end < 0 ? parts[i] : parts[i].substring(0, end));
            if (m.find()) {
                linked.add(m.group(1));
            }
        }
        java.util.regex.Matcher first = SCENARIO_LINK.matcher(html);
        if (linked.isEmpty() && first.find()) {
            linked.add(first.group(1));
        }
        return linked.stream().map(p -> new Page(p, p.substring(0, p.length() - ".html".length()) + ".png", "Steps"))
                .toList();
    }

    /** Pictures a page shows whose file is not there: Chromium would draw an empty frame. */
    static List<String> missingPictures(Path page, String html) {
        List<String> missing = new ArrayList<>();
        java.util.regex.Matcher m = IMG.matcher(html);
        while (m.find()) {
            String src = m.group(1).replace("&amp;", "&");
            if (!src.contains(":") && !Files.isRegularFile(page.resolveSibling(src).normalize())) {
                missing.add(src);
            }
        }
        return missing;
    }

    /** A report page, its screenshot's name, and a text it must show (or null). */
    record Page(String file, String screenshot, String mustShow) {
    }

    /**
     * Checks every page, up to {@value #AT_ONCE} Chromium runs at a time; the problems come page by page
     * in the order given.
     */
    List<String> check(List<Page> pages) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        SideBySide.run(pages, this::check).forEach(problems::addAll);
        return problems;
    }

    private List<String> check(Page page) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        long begun = System.nanoTime();
        Path file = reports.resolve(page.file());
        if (!Files.isRegularFile(file)) {
            problems.add(file + " was not written");
            return problems;
        }
        Path png = reports.resolve(page.screenshot());
        missingPictures(file, Files.readString(file, StandardCharsets.UTF_8))
                .forEach(src -> problems.add(page.file() + ": shows the picture " + src + ", but that file is missing"));
        long seconds = timeoutSeconds + Files.size(file) * SECONDS_PER_MIB / (1024 * 1024);
        Output dom = render(file, png, seconds);
        int loads = 1;
        while ((dom.timedOut() || dom.exitCode() != 0) && loads < LOADS) {
            // A page stuck on a dialog is stuck every time, and a page that crashes Chromium crashes it every
            // time; a Chromium that stalled once beside other builds (cucumber.html, 25 MB, did not finish in
            // 161 s, where it takes 3 to 72 s) or was ended by a signal once (exit 143 after 5 s, a blank page
            // and no screenshot, beside a second build and two CPU hogs) is not.
            System.out.printf("[netspec] browser check %s: %s; loading it once more%n", page.file(), dom.timedOut()
                    ? "did not finish within " + seconds + " s" : "Chromium exited with " + dom.exitCode());
            dom = render(file, png, seconds);
            loads++;
        }
        String times = loads == 1 ? "" : loads == 2 ? ", twice" : ", " + loads + " times";
        String visible = ChromiumOutput.visibleText(dom.stdout());
        List<String> errors = ChromiumOutput.scriptErrors(dom.stderr());
        errors.forEach(e -> problems.add(page.file() + ": script error " + e));
        if (dom.timedOut()) {
            problems.add(page.file() + ": the page did not finish loading in Chromium within " + seconds + " s ("
                    + timeoutSeconds + " s and " + SECONDS_PER_MIB + " s for each MiB of its " + Files.size(file) + " bytes)" + times + ";"
                    + " a script may be stuck on a dialog such as alert() (an unescaped payload?)");
            return problems;
        }
        if (dom.exitCode() != 0) {
            problems.add(page.file() + ": Chromium exited with " + dom.exitCode() + times
                    + "; its last output: " + tail(dom.stderr()));
        }
        if (visible.length() < MIN_VISIBLE_CHARS) {
            problems.add(page.file() + ": the page is blank in Chromium (" + visible.length()
                    + " visible characters: \"" + visible + "\")");
        } else if (page.mustShow() != null && !visible.contains(page.mustShow())) {
            problems.add(page.file() + ": the page does not show \"" + page.mustShow() + "\"");
        }
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            problems.add(page.file() + ": no screenshot was saved to " + png);
        }
        System.out.printf("[netspec] browser check %s: %s, %d visible characters, %d script errors,"
                        + " screenshot %s (%d ms)%n", page.file(), errors.isEmpty() && visible.length() >= MIN_VISIBLE_CHARS
                        ? "ok" : "FAILED", visible.length(), errors.size(), png.getFileName(),
                (System.nanoTime() - begun) / 1_000_000);
        return problems;
    }

    record Output(int exitCode, String stdout, String stderr, boolean timedOut) {
    }

    /** One run: Chromium lays the page out, runs its scripts, saves a screenshot and dumps the DOM. */
    Output render(Path page, Path screenshot, long seconds) throws IOException, InterruptedException {
        Files.deleteIfExists(screenshot);
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        return run(List.of("--window-size=1280,1400", "--hide-scrollbars", "--virtual-time-budget=5000",
                "--screenshot=" + screenshot.toAbsolutePath(), "--dump-dom", page.toAbsolutePath().toUri().toString()), seconds);
    }

    private Output run(List<String> arguments, long seconds) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("netspec-chromium-");
        Path stdout = Files.createTempFile("netspec-chromium-", ".out");
        Path stderr = Files.createTempFile("netspec-chromium-", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!ended(process, seconds)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Output(-1, "", Files.readString(stderr, StandardCharsets.UTF_8), true);
            }
            return new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), false);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            deleteTree(profile);
        }
    }

    /** Whether {@code process} ended within the bound; interrupted, it ends Chromium before it says so. */
    private boolean ended(Process process, long seconds) throws InterruptedException {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    static Optional<String> findChromium() {
        Optional<String> configured = Settings.system().get(Settings.Knob.CHROMIUM);
        if (configured.isPresent()) {
            return configured;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : CANDIDATES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static String tail(String text) {
        String[] lines = text.strip().split("\r?\n");
        return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 3), lines.length));
    }

    private static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is no reason to fail the check; say so and go on.
            System.out.println("[netspec] browser check: could not delete Chromium's temporary profile " + root + ": " + e);
        }
    }
}
