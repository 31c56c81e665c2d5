package io.netspec.steps;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.java.en.And;
import io.cucumber.java.en.But;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/steps.md and the step definitions agree: every phrase has an example, every example a phrase. */
class StepsDocTest {
    private static final Pattern STEP_LINE = Pattern.compile("^\\s*(Given|When|Then|And|But) (.*)$");

    @Test
    void everyStepDefinitionHasAnExampleInStepsMd() throws Exception {
        List<String> examples = examples();
        List<String> missing = new ArrayList<>();
        for (Expression expression : expressions()) {
            if (examples.stream().noneMatch(e -> expression.match(e) != null)) {
                missing.add(expression.getSource());
            }
        }
        assertThat(missing).as("step definitions without an example in docs/steps.md").isEmpty();
    }

    @Test
    void everyExampleInStepsMdIsUnderstood() throws Exception {
        List<Expression> expressions = expressions();
        List<String> unknown = new ArrayList<>();
        for (String example : examples()) {
            long matches = expressions.stream().filter(x -> x.match(example) != null).count();
            if (matches != 1) {
                unknown.add(example + (matches == 0 ? "   <- no step definition" : "   <- " + matches + " step definitions"));
            }
        }
        assertThat(unknown).as("examples in docs/steps.md that do not match exactly one step definition").isEmpty();
    }

    static List<String> examples() throws IOException {
        List<String> examples = new ArrayList<>();
        boolean inGherkin = false;
        for (String line : Files.readAllLines(projectDir().resolve("docs/steps.md"))) {
            if (line.startsWith("```")) {
                inGherkin = line.startsWith("```gherkin");
                continue;
            }
            var m = STEP_LINE.matcher(line);
            if (inGherkin && m.matches()) {
                examples.add(stripComment(m.group(2)).strip());
            }
        }
        assertThat(examples).as("examples found in docs/steps.md").isNotEmpty();
        return examples;
    }

    static List<Expression> expressions() throws Exception {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        for (Method m : ParameterTypes.class.getDeclaredMethods()) {
            io.cucumber.java.ParameterType p = m.getAnnotation(io.cucumber.java.ParameterType.class);
            if (p != null) {
                registry.defineParameterType(new ParameterType<>(p.name(), p.value(), Object.class,
                        (String s) -> s, p.useForSnippets(), p.preferForRegexMatch()));
            }
        }
        ExpressionFactory factory = new ExpressionFactory(registry);
        List<Expression> expressions = new ArrayList<>();
        for (Class<?> glue : glueClasses()) {
            for (Method m : glue.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    String source = stepText(a);
                    if (source != null) {
                        expressions.add(factory.createExpression(source));
                    }
                }
            }
        }
        assertThat(expressions).as("step definitions found in io.netspec.steps").isNotEmpty();
        return expressions;
    }

    static String stepText(Annotation a) {
        if (a instanceof Given g) {
            return g.value();
        } else if (a instanceof When w) {
            return w.value();
        } else if (a instanceof Then t) {
            return t.value();
        } else if (a instanceof And and) {
            return and.value();
        } else if (a instanceof But but) {
            return but.value();
        }
        return null;
    }

    /** Every class of the steps package and its sub-packages, found from the compiled classes folder. */
    static List<Class<?>> glueClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(World.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/netspec/steps");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = dir.relativize(f).toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class")) {
                    classes.add(Class.forName("io.netspec.steps." + name.substring(0, name.length() - 6)
                            .replace(f.getFileSystem().getSeparator(), ".")));
                }
            }
        }
        return classes;
    }

    /** Drops a trailing "# comment" that is outside quotes. */
    static String stripComment(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    static Path projectDir() {
        return Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    }
}
