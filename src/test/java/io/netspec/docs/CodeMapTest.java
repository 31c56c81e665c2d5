package io.netspec.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/map.md has a line for every package under src/main/java/io/netspec (sub-packages, a package's
 * inside, may have one), and no line for a package that does not exist.
 */
class CodeMapTest {
    private static final Path PROJECT = Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    private static final Path CODE = PROJECT.resolve("src/main/java/io/netspec");
    private static final Pattern LINE = Pattern.compile("^- `([a-z][a-z0-9.]*)`: knows .+; .+$");

    private static List<String> listed() throws IOException {
        return Files.readAllLines(PROJECT.resolve("docs/map.md")).stream().map(LINE::matcher)
                .filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    private static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.walk(CODE)) {
            return dirs.filter(d -> !d.equals(CODE) && Files.isDirectory(d) && hasJava(d))
                    .map(d -> CODE.relativize(d).toString().replace('/', '.')).sorted().toList();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    @Test
    void everyPackageHasItsLine() throws IOException {
        List<String> listed = listed();
        List<String> packages = packages();
        assertThat(packages).as("packages of src/main/java/io/netspec").contains("core", "steps");
        List<String> missing = packages.stream().filter(p -> !p.contains(".") && !listed.contains(p)).toList();
        assertThat(missing).as("packages of src/main/java/io/netspec without a line in docs/map.md").isEmpty();
    }

    @Test
    void everyLineIsOfAPackageThatExists() throws IOException {
        List<String> packages = packages();
        List<String> listed = listed();
        assertThat(listed).as("lines of docs/map.md").hasSizeGreaterThan(10);
        List<String> gone = listed.stream().filter(p -> !packages.contains(p)).toList();
        assertThat(gone).as("packages named in docs/map.md that are not in src/main/java/io/netspec").isEmpty();
    }

    @Test
    void eachPackageHasOneLine() throws IOException {
        assertThat(listed()).as("packages with more than one line in docs/map.md").doesNotHaveDuplicates();
    }
}
