package io.netspec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under src/test/java a file is a test, a helper in {@code io.netspec.testkit}, or a benchmark in
 * {@code io.netspec.bench}: a helper left among the tests is not.
 */
class TestLayoutTest {
    private static final Path PROJECT = Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    private static final Path TESTS = PROJECT.resolve("src/test/java/io/netspec");
    private static final Pattern A_TEST = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example|Suite)\\b");

    @Test
    void everyFileIsATestAHelperInTestkitOrABenchmark() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            List<String> astray = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(TESTS.resolve("testkit")) && !f.startsWith(TESTS.resolve("bench")))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .filter(f -> !isTest(f)).map(f -> TESTS.relativize(f).toString()).toList();
            assertThat(astray).as("files under src/test/java/io/netspec that are no test (helpers go to testkit)").isEmpty();
        }
    }

    private static boolean isTest(Path file) {
        String name = file.getFileName().toString();
        try {
            return (name.endsWith("Test.java") || name.endsWith("IT.java")) && A_TEST.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
