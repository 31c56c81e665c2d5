package io.netspec.steps;

import io.cucumber.cucumberexpressions.Expression;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The v3 additions to the scenario language ({@code ../shared/scenario-language-v3.md} beside the project):
 * every phrase of each section listed in {@link #BUILT} is understood by exactly one step definition and
 * appears as written in a feature file or in docs/steps.md, with the same rules as the v2 contract
 * ({@link ScenarioLanguageTest}). A section joins {@link #BUILT} in the change that makes all of its phrases
 * work, so that a section not built yet never fails the build.
 */
class ScenarioLanguageV3Test {
    /** The "## " headings of the sections whose phrases all work. */
    static final Set<String> BUILT = Set.of("Faults between hosts: partitions, cables, outages (v3)",
            "The note's claims, live (v3)", "Programs on hosts (v3)", "Clients, servers and links on hosts (v3)");

    private static Path contract() {
        Path contract = StepsDocTest.projectDir().resolve("../shared/scenario-language-v3.md").normalize();
        assumeTrue(Files.isRegularFile(contract), "no v3 scenario-language additions at " + contract
                + " (they sit beside netspec's own repository only); nothing to check");
        return contract;
    }

    /** Each section's phrases, by its heading (without the "## "). */
    static Map<String, List<ScenarioLanguageTest.Phrase>> sections(List<String> lines) {
        Map<String, List<String>> text = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                text.put(line.substring(3).strip(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        Map<String, List<ScenarioLanguageTest.Phrase>> phrases = new LinkedHashMap<>();
        text.forEach((heading, body) -> phrases.put(heading, ScenarioLanguageTest.phrases(body)));
        return phrases;
    }

    private static List<ScenarioLanguageTest.Phrase> built() throws Exception {
        Map<String, List<ScenarioLanguageTest.Phrase>> sections = sections(Files.readAllLines(contract()));
        assertThat(sections.keySet()).as("sections of the v3 additions").containsAll(BUILT);
        List<ScenarioLanguageTest.Phrase> phrases = new ArrayList<>();
        BUILT.forEach(heading -> phrases.addAll(sections.get(heading)));
        return phrases;
    }

    @Test
    void everyBuiltSectionNamesPhrases() throws Exception {
        Map<String, List<ScenarioLanguageTest.Phrase>> sections = sections(Files.readAllLines(contract()));
        for (String heading : BUILT) {
            assertThat(sections.get(heading)).as("phrases of the section \"" + heading + "\"").isNotEmpty();
        }
    }

    @Test
    void everyPhraseOfABuiltSectionIsUnderstoodByExactlyOneStepDefinition() throws Exception {
        List<Expression> expressions = StepsDocTest.expressions();
        List<String> wrong = new ArrayList<>();
        for (ScenarioLanguageTest.Phrase p : built()) {
            List<String> all = new ArrayList<>(p.variants());
            all.add(0, p.text());
            for (String phrase : all) {
                long matches = expressions.stream().filter(x -> x.match(phrase) != null).count();
                if (matches != 1) {
                    wrong.add(phrase + (matches == 0 ? "   <- no step definition" : "   <- " + matches + " step definitions"));
                }
            }
        }
        assertThat(wrong).as("phrases of the built v3 sections not understood by exactly one step definition").isEmpty();
    }

    @Test
    void everyPhraseOfABuiltSectionAppearsAsWrittenInAFeatureOrInStepsMd() throws Exception {
        List<String> written = new ArrayList<>(StepsDocTest.examples());
        try (Stream<Path> files = Files.walk(StepsDocTest.projectDir().resolve("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String stripped = line.strip();
                    for (String keyword : List.of("Given ", "When ", "Then ", "And ", "But ")) {
                        if (stripped.startsWith(keyword)) {
                            written.add(StepsDocTest.stripComment(stripped.substring(keyword.length())).strip());
                        }
                    }
                }
            }
        }
        List<String> absent = built().stream().map(ScenarioLanguageTest.Phrase::text)
                .filter(p -> !written.contains(p)).toList();
        assertThat(absent).as("phrases of the built v3 sections written nowhere in features/ or docs/steps.md").isEmpty();
    }

    @Test
    void sectionsAreFoundByTheirHeadings() {
        Map<String, List<ScenarioLanguageTest.Phrase>> sections = sections(List.of(
                "# title", "intro", "## First (v3)", "```gherkin", "Given a thing \"x\"   # a comment", "```",
                "## Second (v3)", "text only"));
        assertThat(sections.keySet()).containsExactly("First (v3)", "Second (v3)");
        assertThat(sections.get("First (v3)")).extracting(ScenarioLanguageTest.Phrase::text).containsExactly("a thing \"x\"");
        assertThat(sections.get("Second (v3)")).isEmpty();
    }
}
