package io.netspec.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Which scenarios a run was asked to run: Cucumber's tag and name filters as given on the command line
 * ({@code -Dcucumber.filter.tags="@tcp"}) or in the environment ({@code CUCUMBER_FILTER_TAGS}). Runs
 * are compared in the trend only with runs of the same selection.
 */
public record RunSelection(String tags, String name) {
    public static final String TAGS = "cucumber.filter.tags";
    public static final String NAME = "cucumber.filter.name";
    /** Every scenario. */
    public static final RunSelection ALL = new RunSelection("", "");

    public RunSelection {
        tags = tags == null ? "" : tags.strip();
        name = name == null ? "" : name.strip();
    }

    public static RunSelection current() {
        return new RunSelection(setting(TAGS), setting(NAME));
    }

    /** A system property wins over the environment variable Cucumber reads ({@code CUCUMBER_FILTER_TAGS}). */
    private static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null ? "" : value;
    }

    public boolean everything() {
        return tags.isEmpty() && name.isEmpty();
    }

    /** {@code every scenario}, or {@code tags "@tcp and not @slow"}, for the report and the trend. */
    public String describe() {
        if (everything()) {
            return "every scenario";
        }
        List<String> parts = new ArrayList<>();
        if (!tags.isEmpty()) {
            parts.add("tags \"" + tags + "\"");
        }
        if (!name.isEmpty()) {
            parts.add("names matching \"" + name + "\"");
        }
        return String.join(", ", parts);
    }

    /** Why a run that ran nothing fails, naming the filter that kept every scenario out. */
    String nothingRan() {
        if (everything()) {
            return "no scenario ran, and no tag or name filter was set: are there feature files under features/,"
                    + " and does the suite select them?";
        }
        List<String> filters = new ArrayList<>();
        if (!tags.isEmpty()) {
            filters.add("the tag filter \"" + tags + "\" (" + TAGS + ")");
        }
        if (!name.isEmpty()) {
            filters.add("the name filter \"" + name + "\" (" + NAME + ")");
        }
        return "no scenario ran: " + String.join(" and ", filters) + " matches no scenario; check its spelling"
                + " against the tags and names in the feature files. This run is not recorded in the trend.";
    }
}
