package io.netspec.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/performance.md is a reference of the current figures, not a log: short, every section says the
 * command that prints its figures, and every script and class it names exists.
 */
class PerformanceDocTest {
    private static final Path PROJECT = Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    private static final Pattern SCRIPT = Pattern.compile("(?<![\\w/.])(\\.?ci/[\\w.-]+\\.sh|\\.ci/run)\\b");
    private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern QUALIFIED = Pattern.compile("(?:[a-z]+\\.)+[A-Z]\\w*");
    private static final Pattern BENCHMARK = Pattern.compile("[A-Z]\\w*Benchmark");

    private static String page() throws IOException {
        return Files.readString(PROJECT.resolve("docs/performance.md"));
    }

    @Test
    void isUnderThreeHundredLines() throws IOException {
        assertThat(page().lines().count()).as("lines of docs/performance.md").isLessThan(300);
    }

    @Test
    void everySectionNamesTheCommandThatPrintsItsFigures() throws IOException {
        List<String> without = new ArrayList<>();
        for (String section : page().split("\n## ")) {
            if (!section.startsWith("# ") && !section.contains("`bash ci/") && !section.contains("`CI=true bash .ci/run")) {
                without.add(section.lines().findFirst().orElseThrow());
            }
        }
        assertThat(without).as("sections of docs/performance.md that name no command").isEmpty();
    }

    @Test
    void everyScriptItNamesIsAFile() throws IOException {
        Matcher m = SCRIPT.matcher(page());
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).as("scripts named by docs/performance.md").contains("ci/bench-hosts.sh");
        List<String> absent = named.stream().filter(s -> !Files.isRegularFile(PROJECT.resolve(s))).toList();
        assertThat(absent).as("scripts docs/performance.md names that do not exist").isEmpty();
    }

    @Test
    void everyClassItNamesExists() throws IOException {
        Matcher m = CODE.matcher(page());
        List<String> classes = new ArrayList<>();
        while (m.find()) {
            String code = m.group(1);
            if (BENCHMARK.matcher(code).matches()) {
                classes.add("io.netspec.bench." + code);
            } else if (QUALIFIED.matcher(code).matches()) {
                classes.add(code.startsWith("io.netspec.") ? code : "io.netspec." + code);
            }
        }
        assertThat(classes).as("classes named by docs/performance.md").contains("io.netspec.bench.HostsBenchmark");
        List<String> absent = classes.stream().filter(c -> !exists(c)).toList();
        assertThat(absent).as("classes docs/performance.md names that do not exist").isEmpty();
    }

    @Test
    void everyBenchmarkScriptHasItsFiguresThere() throws IOException {
        String page = page();
        try (Stream<Path> scripts = Files.list(PROJECT.resolve("ci"))) {
            List<String> missing = scripts.map(p -> "ci/" + p.getFileName())
                    .filter(s -> s.startsWith("ci/bench-") && s.endsWith(".sh")).filter(s -> !page.contains(s)).toList();
            assertThat(missing).as("benchmark scripts whose figures docs/performance.md does not give").isEmpty();
        }
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, PerformanceDocTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
