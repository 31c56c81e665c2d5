package io.netspec.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks are compiled with the tests and run by nothing but their scripts: every main program here
 * is named by a script in ci/, or started by a benchmark that is.
 */
class BenchScriptsTest {
    private static final Path PROJECT = Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    private static final Pattern MAIN = Pattern.compile("public static void main\\(String\\[] \\w+\\)");

    @Test
    void everyBenchmarkIsRunByAScript() throws IOException {
        Map<String, String> mains = mains();
        String scripts = scripts();
        List<String> named = mains.keySet().stream()
                .filter(name -> Pattern.compile("\\b" + name + "\\b").matcher(scripts).find()).toList();
        List<String> unrun = new ArrayList<>();
        for (String name : mains.keySet()) {
            boolean startedByANamedOne = named.stream().anyMatch(n -> mains.get(n).contains(name + ".class"));
            if (!named.contains(name) && !startedByANamedOne) {
                unrun.add(name);
            }
        }
        assertThat(mains).as("main programs in io.netspec.bench").containsKeys("HostsBenchmark", "EchoServerMain");
        assertThat(unrun).as("main programs of io.netspec.bench that no script in ci/ runs").isEmpty();
    }

    /** Each main program of this package by its simple name, with its source. */
    private static Map<String, String> mains() throws IOException {
        try (Stream<Path> files = Files.list(PROJECT.resolve("src/test/java/io/netspec/bench"))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), BenchScriptsTest::read))
                    .entrySet().stream().filter(e -> MAIN.matcher(e.getValue()).find())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    private static String scripts() throws IOException {
        try (Stream<Path> files = Files.list(PROJECT.resolve("ci"))) {
            return files.filter(p -> p.toString().endsWith(".sh")).map(BenchScriptsTest::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
