package io.netspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.masterthought.cucumber.Configuration;
import net.masterthought.cucumber.ReportBuilder;
import net.masterthought.cucumber.Reportable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The multi-page report (cucumber-reporting) of a run, written by the build after the scenarios into
 * {@code reports/cucumber-html-reports/}: feature files named by their path in the project, failure
 * messages shown in full. When no scenario ran there is nothing to report: one line says so (the
 * run itself fails, see {@link IndexPlugin}).
 */
public final class MultiPageReport {
    static final String INPUT = "cucumber-multi-page.json";
    static final String CSS = "cucumber-multi-page.css";
    /** Messages in full: cucumber-reporting shows them on one line behind a horizontal scrollbar. */
    private static final String MESSAGES_IN_FULL = """
            pre { white-space: pre-wrap !important; word-break: break-word; overflow-x: visible !important; }
            """;

    private MultiPageReport() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "reports");
        Path json = reports.resolve("cucumber.json");
        if (!Files.isRegularFile(json)) {
            System.out.println("[netspec] multi-page report SKIPPED: " + json + " is missing (no scenario ran)");
            return;
        }
        int scenarios = prepare(json, reports.resolve(INPUT));
        if (scenarios == 0) {
            System.out.println("[netspec] multi-page report SKIPPED: no scenario ran, so there is nothing to report");
            return;
        }
        Files.writeString(reports.resolve(CSS), MESSAGES_IN_FULL, StandardCharsets.UTF_8);
        Configuration configuration = new Configuration(reports.toFile(), "netspec");
        configuration.addCustomCssFiles(List.of(reports.resolve(CSS).toString()));
        if (args.length > 2) {
            configuration.addClassifications("JDK", args[1]);
            configuration.addClassifications("OS", args[2]);
        }
        Reportable result = new ReportBuilder(List.of(reports.resolve(INPUT).toString()), configuration)
                .generateReports();
        if (result == null) {
            throw new IllegalStateException("the multi-page report could not be written from " + json
                    + "; cucumber-reporting wrote its reason into " + reports.resolve("cucumber-html-reports"));
        }
        System.out.println("[netspec] multi-page report: " + reports.resolve("cucumber-html-reports/overview-features.html")
                .toAbsolutePath().toUri() + " (" + result.getScenarios() + " scenarios)");
    }

    /**
     * Copies Cucumber's JSON to {@code out} with each feature's {@code uri} as a path in the project
     * ({@code features/faults/latency.feature}), and counts its scenarios.
     */
    static int prepare(Path json, Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(json.toFile());
        if (root == null || root.isMissingNode()) {
            return 0; // Cucumber leaves the file empty when no scenario ran
        }
        if (!root.isArray()) {
            throw new IllegalStateException(json + " is not Cucumber's JSON report (expected a list of features)");
        }
        int scenarios = 0;
        for (JsonNode feature : root) {
            if (feature instanceof ObjectNode node && node.hasNonNull("uri")) {
                node.put("uri", FeaturePath.of(java.net.URI.create(node.get("uri").asText())).display());
            }
            for (JsonNode element : feature.path("elements")) {
                if (!"background".equals(element.path("type").asText())) {
                    scenarios++;
                }
            }
        }
        mapper.writeValue(out.toFile(), root);
        return scenarios;
    }
}
