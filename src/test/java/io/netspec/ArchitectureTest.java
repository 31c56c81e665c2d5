package io.netspec;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of netspec's packages, as each package-info.java states it: who may import whom, no
 * cycles, and nothing below {@code steps} imports it. {@code shard} cuts the suite and merges shards'
 * reports; it sits beside {@code steps}, above {@code report}, and neither imports the other.
 */
class ArchitectureTest {
    /** Each package and the netspec packages it may import (besides itself), bottom up. */
    static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        MAY_IMPORT.put("launch", Set.of());
        MAY_IMPORT.put("core", Set.of());
        MAY_IMPORT.put("text", Set.of("core"));
        MAY_IMPORT.put("address", Set.of("core", "text"));
        MAY_IMPORT.put("netns", Set.of("core", "text", "address"));
        MAY_IMPORT.put("ostable", Set.of("core", "text", "address"));
        MAY_IMPORT.put("socket", Set.of("core", "text", "address"));
        MAY_IMPORT.put("leak", Set.of("core", "text", "address", "ostable", "socket"));
        MAY_IMPORT.put("measure", Set.of("core", "text", "address", "socket", "leak"));
        MAY_IMPORT.put("fault", Set.of("core", "text", "address", "ostable", "socket", "measure", "leak"));
        MAY_IMPORT.put("packet", Set.of("launch", "core", "text", "address", "measure", "fault"));
        MAY_IMPORT.put("http", Set.of("core", "text", "address", "socket", "measure", "fault", "leak"));
        MAY_IMPORT.put("mail", Set.of("core", "text", "address", "socket", "fault", "leak"));
        MAY_IMPORT.put("host", Set.of("launch", "core", "text", "address", "netns", "packet", "socket", "fault", "measure", "ostable",
                "leak"));
        MAY_IMPORT.put("report", Set.of("core", "text", "measure"));
        MAY_IMPORT.put("shard", Set.of("core", "text", "report"));
        MAY_IMPORT.put("steps", Set.of("core", "text", "address", "netns", "ostable", "socket", "leak", "measure",
                "fault", "packet", "http", "mail", "host", "report"));
    }

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // Only the compiled main classes: scanning every jar on the class path for the package costs seconds.
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @TestFactory
    Stream<DynamicTest> eachPackageImportsOnlyThePackagesBelowIt() {
        return MAY_IMPORT.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] allowed = Stream.concat(Stream.of(e.getKey()), e.getValue().stream())
                    .map(p -> "io.netspec." + p + "..").toArray(String[]::new);
            ArchRule rule = classes().that().resideInAPackage("io.netspec." + e.getKey() + "..")
                    .should().onlyDependOnClassesThat(not(resideInAnyPackage("io.netspec..")).or(resideInAnyPackage(allowed)))
                    .because("package-info.java of io.netspec." + e.getKey() + " says what it may import")
                    .allowEmptyShould(true);
            rule.check(main);
        }));
    }

    @Test
    void nothingImportsTheSteps() {
        noClasses().that().resideOutsideOfPackage("io.netspec.steps..")
                .should().dependOnClassesThat().resideInAPackage("io.netspec.steps..")
                .because("steps is the top layer: thin glue that nothing below may know of")
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
            String p = c.getPackageName();
            if (p.startsWith("io.netspec.")) {
                packages.add(p.substring("io.netspec.".length()).split("\\.")[0]);
            }
        }
        assertThat(packages).as("packages with no place in the layering of this test").isSubsetOf(MAY_IMPORT.keySet());
        List<String> withoutInfo = packages.stream()
                .filter(p -> !Files.exists(Path.of("src/main/java/io/netspec", p, "package-info.java"))).toList();
        assertThat(withoutInfo).as("packages without a package-info.java").isEmpty();
    }
}
