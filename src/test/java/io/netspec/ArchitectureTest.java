package io.netspec;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of netspec's packages, as each package-info.java states it in its one "May import:"
 * sentence, the only place it is written: a package imports exactly the netspec packages its sentence
 * names (an undeclared import fails, and so does a named package it does not use), no cycles, and nothing
 * below {@code steps} imports it. {@code shard} cuts the suite and merges shards' reports; it sits beside
 * {@code steps}, above {@code report}, and neither imports the other.
 */
class ArchitectureTest {
    static final Path SOURCES = Path.of("src/main/java/io/netspec");
    private static final Pattern NAMED = Pattern.compile("\\{@code ([a-z]+)}");

    private static JavaClasses main;
    private static Map<String, Set<String>> mayImport;

    @BeforeAll
    static void importMainClasses() {
        // Only the compiled main classes: scanning every jar on the class path for the package costs seconds.
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
        mayImport = mayImport();
    }

    /**
     * Each package (by its folder: {@code fault}, or {@code steps.fault} for a sub-package) and the netspec packages
     * its package-info.java says it may import. A package's line covers its sub-packages too; a sub-package with a
     * line of its own is held to that as well, where naming its parent means the parent package alone.
     */
    static Map<String, Set<String>> mayImport() {
        Map<String, Set<String>> lines = new TreeMap<>();
        try (Stream<Path> infos = Files.walk(SOURCES)) {
            for (Path info : infos.filter(f -> f.getFileName().toString().equals("package-info.java")).toList()) {
                String pkg = SOURCES.relativize(info.getParent()).toString().replace('/', '.');
                lines.put(pkg, mayImport(Files.readString(info), info));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * The packages named by {@code {@code name}} in the sentence that begins "May import:", up to its end (a
     * full stop outside braces and brackets) or to "never", which starts what it may not import.
     */
    static Set<String> mayImport(String packageInfo, Path file) {
        String text = packageInfo.replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ");
        int start = text.indexOf("May import:");
        assertThat(start).as(file + " has no \"May import:\" sentence").isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf("May import:", start + 1)).as(file + " has more than one \"May import:\" sentence")
                .isNegative();
        String sentence = sentence(text.substring(start + "May import:".length()));
        int never = sentence.indexOf("never");
        if (never >= 0) {
            sentence = sentence.substring(0, never);
        }
        Set<String> named = new TreeSet<>();
        Matcher m = NAMED.matcher(sentence);
        while (m.find()) {
            named.add(m.group(1));
        }
        return named;
    }

    private static String sentence(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
            } else if (depth == 0 && c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    @TestFactory
    Stream<DynamicTest> eachPackageImportsOnlyWhatItsPackageInfoAllows() {
        return mayImport.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String parent = parent(e.getKey());
            String[] allowed = Stream.concat(Stream.of(e.getKey()), e.getValue().stream())
                    .map(p -> p.equals(parent) ? "io.netspec." + p : "io.netspec." + p + "..").toArray(String[]::new);
            ArchRule rule = classes().that().resideInAPackage("io.netspec." + e.getKey() + "..")
                    .should().onlyDependOnClassesThat(not(resideInAnyPackage("io.netspec..")).or(resideInAnyPackage(allowed)))
                    .because("the \"May import:\" sentence of src/main/java/io/netspec/" + e.getKey().replace('.', '/')
                            + "/package-info.java says what it may import")
                    .allowEmptyShould(true);
            rule.check(main);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachPackageUsesEveryPackageItsPackageInfoAllows() {
        return mayImport.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Set<String> unused = new TreeSet<>(e.getValue());
            unused.removeAll(imported(e.getKey()));
            assertThat(unused).as("the \"May import:\" sentence of src/main/java/io/netspec/" + e.getKey().replace('.', '/')
                    + "/package-info.java names packages that io.netspec." + e.getKey()
                    + " does not import; cut them from the sentence").isEmpty();
        }));
    }

    @Test
    void everyNamedPackageExists() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        mayImport.forEach((p, named) -> {
            Set<String> missing = named.stream().filter(n -> !mayImport.containsKey(n)).collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                unknown.put(p, missing);
            }
        });
        assertThat(unknown).as("\"May import:\" sentences that name no netspec package").isEmpty();
    }

    /**
     * The netspec packages (top level below io.netspec) that the classes of {@code pkg} and its sub-packages depend
     * on; for a sub-package, its parent where it depends on the parent package itself.
     */
    private static Set<String> imported(String pkg) {
        String prefix = "io.netspec." + pkg;
        String parent = parent(pkg);
        return main.stream().filter(c -> c.getPackageName().equals(prefix) || c.getPackageName().startsWith(prefix + "."))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream()).map(Dependency::getTargetClass)
                .filter(t -> !t.getPackageName().equals(prefix) && !t.getPackageName().startsWith(prefix + "."))
                .map(t -> t.getPackageName().equals("io.netspec." + parent) ? parent : topPackage(t))
                .filter(p -> !p.isEmpty() && !p.equals(pkg)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The package a sub-package sits in ({@code steps} for {@code steps.fault}), or "" for a top-level package. */
    private static String parent(String pkg) {
        return pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "";
    }

    static String topPackage(JavaClass c) {
        String p = c.getPackageName();
        return p.startsWith("io.netspec.") ? p.substring("io.netspec.".length()).split("\\.")[0] : "";
    }

    @Test
    void nothingImportsTheSteps() {
        noClasses().that().resideOutsideOfPackage("io.netspec.steps..")
                .should().dependOnClassesThat().resideInAPackage("io.netspec.steps..")
                .because("steps is the top layer: thin glue that nothing below may know of")
                .check(main);
    }

    @Test
    void shardAndStepsKnowNothingOfEachOtherAndShardSitsAboveReport() {
        assertThat(mayImport.get("shard")).contains("report").doesNotContain("steps");
        assertThat(mayImport.get("steps")).doesNotContain("shard");
        assertThat(mayImport.get("report")).doesNotContain("shard", "steps");
        noClasses().that().resideOutsideOfPackage("io.netspec.shard..")
                .should().dependOnClassesThat().resideInAPackage("io.netspec.shard..")
                .because("only the JUnit Platform loads shard (ShardFilter, by its service file)")
                .check(main);
    }

    @Test
    void addressesArePrintedAndReadOnlyByHostPort() {
        noClasses().that().doNotHaveFullyQualifiedName("io.netspec.address.HostPort")
                .should().dependOnClassesThat().resideInAPackage("com.google.common.net..")
                .because("address.HostPort is the one way netspec prints and reads an address (HostPort.show)")
                .check(main);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("io.netspec.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void everyPackageHasItsPlaceAndSaysItsRole() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : main) {
            if (!topPackage(c).isEmpty()) {
                packages.add(topPackage(c));
            }
        }
        List<String> withoutInfo = packages.stream().filter(p -> !mayImport.containsKey(p)).toList();
        assertThat(withoutInfo).as("packages without a package-info.java and its \"May import:\" sentence").isEmpty();
    }
}
