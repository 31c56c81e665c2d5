package io.netspec.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/using-netspec.md points a project that depends on netspec only at what its jar holds: every class it
 * names is public and in src/main, every package it names is one of src/main's.
 */
class UsingNetspecDocTest {
    private static final Path PROJECT = Path.of(System.getProperty("netspec.project.dir", System.getProperty("user.dir")));
    private static final Pattern NAME = Pattern.compile("io\\.netspec(?:\\.[a-z]\\w*)+(?:\\.[A-Z]\\w*)*");

    @Test
    void everyClassAndPackageItNamesIsPublicInTheJar() throws IOException {
        Matcher m = NAME.matcher(Files.readString(PROJECT.resolve("docs/using-netspec.md")));
        List<String> named = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        while (m.find()) {
            String name = m.group();
            named.add(name);
            String why = Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1)) ? classProblem(name) : packageProblem(name);
            if (why != null) {
                wrong.add(name + ": " + why);
            }
        }
        assertThat(named).as("names of netspec's code in docs/using-netspec.md").contains("io.netspec.steps");
        assertThat(wrong).as("names in docs/using-netspec.md that a project depending on netspec cannot use").isEmpty();
    }

    private static String packageProblem(String name) {
        Path dir = PROJECT.resolve("src/main/java").resolve(name.replace('.', '/'));
        return Files.isDirectory(dir) ? null : "no such package in src/main";
    }

    private static String classProblem(String name) {
        Class<?> type = load(name);
        if (type == null) {
            return "no such class";
        }
        String from = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        if (from.endsWith("test-classes/")) {
            return "a test class, not in the jar";
        }
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return "not public";
            }
        }
        return null;
    }

    /** The class of a dotted name, nested classes included ({@code io.netspec.core.Settings.Knob}); null when none. */
    private static Class<?> load(String name) {
        String binary = name;
        while (true) {
            try {
                return Class.forName(binary, false, UsingNetspecDocTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0 || !Character.isUpperCase(binary.charAt(binary.lastIndexOf('.', dot - 1) + 1))) {
                    return null;
                }
                binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
            }
        }
    }
}
