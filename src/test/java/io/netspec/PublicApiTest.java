package io.netspec;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * netspec's public API for library users, in one checked place: {@value #FILE} lists every public type of the
 * library and its public and protected members, generated from the compiled classes. The step definitions are
 * left out: users name their package as Cucumber glue ({@code io.netspec.steps}), never one of its classes. When the API changes, this
 * test fails until the file is written again, so every change of the API is seen in review:
 * {@code mvn -B test -Dtest=PublicApiTest -Dnetspec.api.write=true}.
 */
class PublicApiTest {
    static final String FILE = "api/netspec-api.txt";
    private static final String HEADER = "# netspec's public API, written by PublicApiTest from the compiled classes"
            + " (the glue package io.netspec.steps left out); write it again with: mvn -B test -Dtest=PublicApiTest"
            + " -Dnetspec.api.write=true";
    private static final String GLUE = "io.netspec.steps.";

    @Test
    void theApiFileListsThePublicApi() throws Exception {
        List<String> now = api();
        Path file = Path.of(FILE);
        if (Boolean.getBoolean("netspec.api.write")) {
            Files.createDirectories(file.getParent());
            Files.write(file, now);
        }
        List<String> written = Files.exists(file) ? Files.readAllLines(file) : List.of();
        List<String> added = new ArrayList<>(now);
        added.removeAll(written);
        List<String> removed = new ArrayList<>(written);
        removed.removeAll(now);
        assertThat(added).as("public API that " + FILE + " does not list (write it again: mvn -B test"
                + " -Dtest=PublicApiTest -Dnetspec.api.write=true)").isEmpty();
        assertThat(removed).as("lines of " + FILE + " that are no longer the public API (write it again: mvn -B test"
                + " -Dtest=PublicApiTest -Dnetspec.api.write=true)").isEmpty();
        assertThat(written).as(FILE + " in the order it is written").isEqualTo(now);
    }

    /** Every public type of the library, sorted, each followed by its public and protected members, sorted. */
    static List<String> api() throws ClassNotFoundException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        TreeSet<String> names = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().importPath(Path.of("target/classes"))) {
            names.add(c.getName());
        }
        ClassLoader loader = PublicApiTest.class.getClassLoader();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (!visible(type) || name.startsWith(GLUE)) {
                continue;
            }
            lines.add("");
            lines.add(describe(type));
            List<Member> all = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            all.addAll(List.of(type.getDeclaredMethods()));
            all.addAll(List.of(type.getDeclaredFields()));
            TreeSet<String> members = new TreeSet<>();
            for (Member m : all) {
                if (exposed(m)) {
                    members.add("  " + member(type, m));
                }
            }
            lines.addAll(members);
        }
        return lines;
    }

    /** A public type whose enclosing types are public too, and no anonymous or local class. */
    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return !type.getSimpleName().equals("package-info");
    }

    private static boolean exposed(Member m) {
        int mod = m.getModifiers();
        return (Modifier.isPublic(mod) || Modifier.isProtected(mod)) && !m.isSynthetic()
                && !(m instanceof java.lang.reflect.Method method && method.isBridge());
    }

    private static String describe(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        // Modifiers only where they say something: an interface is always abstract, an enum or a record final.
        String modifiers = kind.equals("class")
                ? Modifier.toString(type.getModifiers() & (Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC)) : "";
        StringBuilder line = new StringBuilder(type.getName().replace('$', '.')).append(": ")
                .append(modifiers.isEmpty() ? "" : modifiers + " ").append(kind);
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        List<String> interfaces = Stream.of(type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName).toList();
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        return line.toString().replace('$', '.');
    }

    private static String member(Class<?> type, Member m) {
        String text = m instanceof Field f ? f.toGenericString() : ((Executable) m).toGenericString();
        // Without the owner's name before each member: the type's line above says it.
        return text.replace(" " + type.getTypeName() + ".", " ").replace('$', '.');
    }
}
