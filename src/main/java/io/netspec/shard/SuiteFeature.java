package io.netspec.shard;

import io.netspec.core.ScenarioError;

import java.util.Objects;

/** One feature file of the suite as the planner sees it: its path ({@code features/ip/parsing.feature}) and scenario count. */
public record SuiteFeature(String path, int scenarios) {
    public SuiteFeature {
        Objects.requireNonNull(path, "path");
        if (scenarios < 0) {
            throw ScenarioError.of("a feature has 0 or more scenarios, not " + scenarios + ": " + path);
        }
    }
}
