package io.netspec.steps;

import io.cucumber.cucumberexpressions.Expression;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scenario-language contract ({@code ../shared/scenario-language.md} beside the project, where
 * it exists) and the step definitions agree: every phrase in its gherkin blocks, and every variant
 * its comments spell out ("also: … on "::1"", "and: it is not private"), is understood by exactly
 * one step definition, and every phrase appears as written in a feature file or in docs/steps.md.
 */
class ScenarioLanguageTest {
    private static final Pattern STEP_LINE = Pattern.compile("^\\s*(Given|When|Then|And|But) (.*)$");
    private static final Pattern KEYWORD = Pattern.compile("^(Given|When|Then|And|But) ");
    private static final Pattern LABELLED = Pattern.compile("^\\s*([^:]+):\\s*(.+)$");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final List<String> VARIANT_LABELS = List.of("also", "and", "or", "same as");

    /** The contract beside the project; the tests that read it are skipped, saying why, where it is absent. */
    private static Path contract() {
        Path contract = StepsDocTest.projectDir().resolve("../shared/scenario-language.md").normalize();
        assumeTrue(Files.isRegularFile(contract), "no scenario-language contract at " + contract
                + " (it sits beside netspec's own repository only); nothing to check");
        return contract;
    }

    @Test
    void everyPhraseOfTheContractIsUnderstoodByExactlyOneStepDefinition() throws Exception {
        Path contract = contract();
        List<Expression> expressions = StepsDocTest.expressions();
        List<String> phrases = new ArrayList<>();
        for (Phrase p : phrases(Files.readAllLines(contract))) {
            phrases.add(p.text());
            phrases.addAll(p.variants());
        }
        assertThat(phrases).as("phrases found in " + contract).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (String phrase : phrases) {
            long matches = expressions.stream().filter(x -> x.match(phrase) != null).count();
            if (matches != 1) {
                wrong.add(phrase + (matches == 0 ? "   <- no step definition" : "   <- " + matches + " step definitions"));
            }
        }
        assertThat(wrong).as("phrases of " + contract + " not understood by exactly one step definition").isEmpty();
    }

    @Test
    void everyPhraseOfTheContractAppearsAsWrittenInAFeatureOrInStepsMd() throws Exception {
        Path contract = contract();
        List<String> written = new ArrayList<>(StepsDocTest.examples());
        try (Stream<Path> files = Files.walk(StepsDocTest.projectDir().resolve("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    Matcher m = STEP_LINE.matcher(line);
                    if (m.matches()) {
                        written.add(StepsDocTest.stripComment(m.group(2)).strip());
                    }
                }
            }
        }
        List<String> absent = phrases(Files.readAllLines(contract)).stream().map(Phrase::text)
                .filter(p -> !written.contains(p)).toList();
        assertThat(absent).as("phrases of " + contract + " written nowhere in features/ or docs/steps.md").isEmpty();
    }

    @Test
    void variantsInCommentsAreSpelledOut() {
        List<Phrase> phrases = phrases(List.of(
                "```gherkin",
                "Given a TCP echo server \"echo\"                       # also: … on \"::1\"",
                "Given the link \"wan\" adds 100 ms of latency   # downstream; also: … latency upstream",
                "Given the address \"192.168.1.20\"            # same as: When I classify the address \"…\"",
                "Then it is a class C address                 # A B C D E; IPv6: Then it has no address class",
                "Then the HTTP request fails with a timeout                      # or: … with a connection reset",
                "Given the link \"wan\" times out after 500 ms   # 0 ms: swallows data until healed",
                "  | 10.0.0.1    | A     |",
                "```",
                "Given outside a block"));
        assertThat(phrases).extracting(Phrase::text).containsExactly(
                "a TCP echo server \"echo\"", "the link \"wan\" adds 100 ms of latency",
                "the address \"192.168.1.20\"", "it is a class C address",
                "the HTTP request fails with a timeout", "the link \"wan\" times out after 500 ms");
        assertThat(phrases).flatExtracting(Phrase::variants).containsExactly(
                "a TCP echo server \"echo\" on \"::1\"", "the link \"wan\" adds 100 ms of latency upstream",
                "I classify the address \"192.168.1.20\"", "it has no address class",
                "the HTTP request fails with a connection reset");
    }

    record Phrase(String text, List<String> variants) {
    }

    /** The step lines inside ```gherkin blocks, keyword and comment removed, with their variants. */
    static List<Phrase> phrases(List<String> lines) {
        List<Phrase> phrases = new ArrayList<>();
        boolean inGherkin = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inGherkin = line.startsWith("```gherkin");
                continue;
            }
            Matcher m = STEP_LINE.matcher(line);
            if (inGherkin && m.matches()) {
                String text = StepsDocTest.stripComment(m.group(2)).strip();
                String comment = m.group(2).substring(text.length()).strip();
                phrases.add(new Phrase(text, variants(text, comment.startsWith("#") ? comment.substring(1) : "")));
            }
        }
        return phrases;
    }

    /**
     * Phrases a comment names as alternatives: "also: …", "and: …", "or: …", "same as: …", or
     * "label: Then …". A leading "…" stands for the phrase up to the first word that follows it
     * (or the whole phrase when that word is not in it); a quoted "…" for the phrase's first quoted value.
     */
    static List<String> variants(String phrase, String comment) {
        List<String> variants = new ArrayList<>();
        for (String segment : comment.split(";")) {
            Matcher m = LABELLED.matcher(segment);
            if (!m.matches()) {
                continue;
            }
            String label = m.group(1).strip();
            String text = m.group(2).strip();
            Matcher keyword = KEYWORD.matcher(text);
            if (!VARIANT_LABELS.contains(label) && !keyword.find()) {
                continue;
            }
            text = KEYWORD.matcher(text).replaceFirst("");
            if (text.startsWith("…")) {
                String rest = text.substring(1).strip();
                String firstWord = rest.split(" ", 2)[0];
                int at = phrase.endsWith(" " + firstWord) ? phrase.length() - firstWord.length() - 1
                        : phrase.lastIndexOf(" " + firstWord + " ");
                text = (at >= 0 ? phrase.substring(0, at) : phrase) + " " + rest;
            }
            Matcher quoted = QUOTED.matcher(phrase);
            if (text.contains("\"…\"") && quoted.find()) {
                text = text.replace("\"…\"", quoted.group());
            }
            variants.add(text);
        }
        return variants;
    }
}
