package io.netspec.steps;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * .vscode/settings.json lists netspec's parameter types for the Cucumber language server (which cannot
 * see them in a dependency jar, nor read a regex kept in a Java constant), generated from the code: this
 * test fails when the file and ParameterTypes disagree, and {@code -Dnetspec.writeEditorSettings=true}
 * writes the file anew. The same holds for the copy in examples/hello-netspec, the project that depends
 * on netspec: its glue is netspec's step sources unpacked from the sources jar into target/netspec-glue.
 */
class EditorSettingsTest {
    static final List<String> FEATURES = List.of("features/**/*.feature", "src/test/resources/**/*.feature");
    static final List<String> GLUE = List.of("src/main/java/io/netspec/steps/**/*.java", "src/test/java/**/*.java");
    static final String EXAMPLE = "examples/hello-netspec/.vscode/settings.json";
    static final List<String> EXAMPLE_FEATURES = List.of("features/**/*.feature");
    static final List<String> EXAMPLE_GLUE = List.of("target/netspec-glue/**/*.java", "src/test/java/**/*.java");

    @Test
    void vscodeSettingsListEveryParameterTypeOfTheCode() throws IOException {
        check(".vscode/settings.json", render(FEATURES, GLUE));
    }

    @Test
    void theExampleProjectsSettingsListTheSameParameterTypesAndGlueOfTheUnpackedSources() throws IOException {
        check(EXAMPLE, render(EXAMPLE_FEATURES, EXAMPLE_GLUE));
    }

    @Test
    void everyParameterTypeIsListed() {
        assertThat(render(FEATURES, GLUE)).contains("\"name\": \"duration\"", "\"name\": \"size\"",
                "\"name\": \"percent\"", "\"name\": \"text\"", "\"name\": \"payload\"");
    }

    @Test
    void possessiveQuantifiersBecomeGreedyForJavaScript() {
        assertThat(javaScript(ParameterTypes.QUOTED)).isEqualTo("\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");
        assertThat(javaScript("[*+]a++b?+c{2}+\\*+")).isEqualTo("[*+]a+b?c{2}\\*+");
    }

    @Test
    void theExamplesGlueIsWhereItsBuildUnpacksNetspecsStepSources() throws IOException {
        String pom = Files.readString(StepsDocTest.projectDir().resolve("examples/hello-netspec/pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).as("examples/hello-netspec/pom.xml unpacks netspec's step sources where its cucumber.glue points")
                .contains("<classifier>sources</classifier>", "<includes>io/netspec/steps/**/*.java</includes>",
                        "<outputDirectory>${project.build.directory}/netspec-glue</outputDirectory>");
    }

    private static void check(String relative, String expected) throws IOException {
        Path file = StepsDocTest.projectDir().resolve(relative);
        if (Boolean.getBoolean("netspec.writeEditorSettings")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as(relative + " (write it with -Dnetspec.writeEditorSettings=true)").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(relative + " agrees with ParameterTypes (write it anew with -Dnetspec.writeEditorSettings=true)")
                .isEqualTo(expected);
    }

    /** A settings file as it must read: features, glue, and each parameter type with its regular expression. */
    static String render(List<String> features, List<String> glue) {
        List<String[]> types = new ArrayList<>();
        for (Method m : ParameterTypes.class.getDeclaredMethods()) {
            io.cucumber.java.ParameterType p = m.getAnnotation(io.cucumber.java.ParameterType.class);
            if (p != null) {
                types.add(new String[] {p.name().isEmpty() ? m.getName() : p.name(), javaScript(p.value())});
            }
        }
        types.sort(Comparator.comparing(t -> t[0]));
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"cucumber.features\": ").append(list(features)).append(",\n");
        s.append("  \"cucumber.glue\": ").append(list(glue)).append(",\n");
        s.append("  \"cucumber.parameterTypes\": [\n");
        for (int i = 0; i < types.size(); i++) {
            s.append("    { \"name\": ").append(json(types.get(i)[0])).append(", \"regexp\": ").append(json(types.get(i)[1]))
                    .append(" }").append(i + 1 < types.size() ? ",\n" : "\n");
        }
        return s.append("  ]\n}\n").toString();
    }

    /**
     * A Java regular expression as JavaScript (the language server's) reads it: a possessive quantifier
     * ({@code *+}, {@code ++}, {@code ?+}, <code>{n}+</code>) becomes the greedy one, which JavaScript
     * knows; for netspec's patterns both match the same texts (the possessive form only spares Java's
     * stack).
     */
    static String javaScript(String regex) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            inClass = c == '[' || (inClass && c != ']');
            boolean quantifier = !inClass && "*+?}".indexOf(c) >= 0;
            out.append(c);
            if (quantifier && i + 1 < regex.length() && regex.charAt(i + 1) == '+') {
                i++;
            }
        }
        return out.toString();
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(EditorSettingsTest::json).toList()) + "]";
    }

    private static String json(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
