package io.netspec.steps;

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
 * Steps only translate: read from the sources of io.netspec.steps (and its sub-packages), every method
 * Cucumber calls (a step, a hook, a parameter type) has a body of at most {@value #MAX_BODY_LINES} lines,
 * and no steps file chooses behaviour by {@code instanceof}. Waits, loops and cross-checks belong in
 * capability code, where they have unit tests of their own. The step classes live in one sub-package per
 * capability, side by side: each imports the top package (the World and the shared parts), never another.
 */
class ThinStepsTest {
    static final int MAX_BODY_LINES = 5;
    static final Path STEPS = Path.of("src/main/java/io/netspec/steps");
    private static final Pattern GLUE = Pattern.compile("(?m)^\\s*@(Given|When|Then|And|But|Before|After|BeforeStep|"
            + "AfterStep|BeforeAll|AfterAll|ParameterType|DataTableType|DocStringType|DefaultParameterTransformer)\\b");
    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*\\(");
    private static final Pattern INSTANCEOF = Pattern.compile("\\binstanceof\\b");
    private static final Pattern STEPS_IMPORT = Pattern.compile("(?m)^import (?:static )?io\\.netspec\\.steps\\.([a-z]+)\\.");

    @Test
    void everyStepBodyIsAtMostFiveLines() throws IOException {
        List<String> longBodies = new ArrayList<>();
        int methods = 0;
        for (Path file : sources()) {
            for (Body body : bodies(file)) {
                methods++;
                if (body.lines() > MAX_BODY_LINES) {
                    longBodies.add(body.name() + " has " + body.lines() + " lines");
                }
            }
        }
        assertThat(methods).as("step, hook and parameter-type methods found in " + STEPS).isGreaterThan(100);
        assertThat(longBodies).as("step, hook and parameter-type bodies over " + MAX_BODY_LINES + " lines (move the"
                + " work into capability code, with a unit test there)").isEmpty();
    }

    @Test
    void noStepsFileDispatchesWithInstanceof() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String code = codeOnly(Files.readString(file));
            Matcher m = INSTANCEOF.matcher(code);
            while (m.find()) {
                found.add(label(file) + ":" + lineOf(code, m.start()));
            }
        }
        assertThat(found).as("instanceof in the steps (give the capability types a common method instead)").isEmpty();
    }

    @Test
    void noStepsSubPackageImportsAnother() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            Path folder = STEPS.relativize(file).getParent();
            if (folder == null) {
                continue;
            }
            Matcher m = STEPS_IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals(folder.toString())) {
                    found.add(label(file) + " imports io.netspec.steps." + m.group(1));
                }
            }
        }
        assertThat(found).as("steps sub-packages are side by side: each imports io.netspec.steps, not another one")
                .isEmpty();
    }

    @Test
    void theCountSeesALongBodyAndAnInstanceof() {
        String source = """
                class Sample {
                    @Then("{text} is fine")
                    public void fine(String name) {
                        // a comment is no line of work
                        check(name, "a } in a string", '{');

                    }

                    @Then("{text} is long")
                    public void tooLong(String name) {
                        int a = 1;
                        int b = 2;
                        int c = 3;
                        int d = 4;
                        int e = 5;
                        if (name instanceof Object) {
                        }
                    }
                }
                """;
        List<Body> bodies = bodies("Sample", source);
        assertThat(bodies).containsExactly(new Body("Sample.fine", 1), new Body("Sample.tooLong", 7));
        assertThat(INSTANCEOF.matcher(codeOnly(source)).results().count()).isEqualTo(1);
        assertThat(INSTANCEOF.matcher(codeOnly("// instanceof in a comment\nString s = \"instanceof\";")).find()).isFalse();
    }

    record Body(String name, int lines) {
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(STEPS)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    static List<Body> bodies(Path file) throws IOException {
        return bodies(label(file), Files.readString(file));
    }

    /** Each annotated method's body: its lines with code, between its braces. */
    static List<Body> bodies(String label, String source) {
        String code = codeOnly(source);
        List<Body> bodies = new ArrayList<>();
        Matcher glue = GLUE.matcher(code);
        int from = 0;
        while (glue.find(from)) {
            int open = signatureEnd(code, glue.end());
            Matcher name = NAME.matcher(code.substring(glue.end(), open));
            String method = "?";
            while (name.find()) {
                method = name.group(1);
            }
            int close = matchingBrace(code, open);
            String body = code.substring(open + 1, close);
            int lines = (int) body.lines().filter(l -> !l.isBlank()).count();
            bodies.add(new Body(label + "." + method, lines));
            from = close;
        }
        return bodies;
    }

    /** The opening brace of the method whose annotations begin before {@code at}: past every annotation's parentheses. */
    private static int signatureEnd(String code, int at) {
        int depth = 0;
        for (int i = at; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{' && depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no method body after an annotation at " + at);
    }

    private static int matchingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.charAt(i) == '{') {
                depth++;
            } else if (code.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced braces after " + open);
    }

    /** The source with comments removed and string and character literals emptied; line breaks are kept. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String label(Path file) {
        String relative = STEPS.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    }

    private static int lineOf(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
