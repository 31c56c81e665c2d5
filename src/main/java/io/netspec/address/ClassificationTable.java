package io.netspec.address;

import io.netspec.core.ScenarioError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks rows of expectations ("address", then any subset of the columns below) against the
 * classifier and returns every mismatch, never only the first. {@code -} means none.
 */
public final class ClassificationTable {
    private static final Map<String, Function<Classification, String>> COLUMNS = columns();

    private final AddressClassifier classifier;

    public ClassificationTable(AddressClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * Every mismatch as one line naming the row (1 = first row under the header), the address, the
     * column, what was expected and what was found.
     */
    public List<String> mismatches(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            throw ScenarioError.of("the table has no rows under its header");
        }
        List<String> header = new ArrayList<>(rows.get(0).keySet());
        if (!header.contains("address")) {
            throw ScenarioError.of("the table needs an \"address\" column; it has " + header);
        }
        for (String column : header) {
            if (!column.equals("address") && !COLUMNS.containsKey(column)) {
                throw ScenarioError.of("the table has an unknown column \"" + column + "\"; known columns:"
                        + " address, " + String.join(", ", COLUMNS.keySet()));
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String text = row.get("address") == null ? "" : row.get("address");
            String where = "row " + (i + 1) + " (" + text + ")";
            Classification found;
            try {
                found = classifier.classify(text);
            } catch (AddressFormatException e) {
                mismatches.add(where + ": " + e.getMessage());
                continue;
            }
            for (String column : header) {
                if (column.equals("address")) {
                    continue;
                }
                String expected = row.get(column) == null ? "" : row.get(column).strip();
                String actual = COLUMNS.get(column).apply(found);
                String problem = compare(column, expected, actual);
                if (problem != null) {
                    mismatches.add(where + ": " + problem + "; it is " + found.describe());
                }
            }
        }
        return mismatches;
    }

    private static String compare(String column, String expected, String actual) {
        if (expected.isEmpty()) {
            return "column \"" + column + "\" is empty; write a value or \"-\" for none";
        }
        if (column.equals("block")) {
            String canonical = expected;
            if (!expected.equals("-")) {
                try {
                    canonical = Cidr.parse(expected).toString();
                } catch (IllegalArgumentException e) {
                    return "block expected \"" + expected + "\", which is not a network (" + e.getMessage() + ")";
                }
            }
            return canonical.equals(actual) ? null : "block expected " + expected + " but was " + actual;
        }
        if (column.equals("class") && !expected.equals("-")) {
            expected = AddressClass.named(expected).name();
        }
        if (!column.equals("class") && !column.equals("name") && !expected.equals("yes") && !expected.equals("no")) {
            return column + " expected \"" + expected + "\", but this column takes yes or no";
        }
        return expected.equals(actual) ? null : column + " expected " + expected + " but was " + actual;
    }

    private static Map<String, Function<Classification, String>> columns() {
        Map<String, Function<Classification, String>> columns = new LinkedHashMap<>();
        columns.put("class", c -> c.addressClass() == null ? "-" : c.addressClass().name());
        columns.put("private", c -> yesNo(c.has(Trait.PRIVATE)));
        columns.put("loopback", c -> yesNo(c.has(Trait.LOOPBACK)));
        columns.put("multicast", c -> yesNo(c.has(Trait.MULTICAST)));
        columns.put("global", c -> yesNo(c.globallyReachable()));
        columns.put("block", c -> c.block() == null ? "-" : c.block().cidr().toString());
        columns.put("name", c -> c.block() == null ? "-" : c.block().name());
        columns.put("link-local", c -> yesNo(c.has(Trait.LINK_LOCAL)));
        columns.put("documentation", c -> yesNo(c.has(Trait.DOCUMENTATION)));
        columns.put("shared", c -> yesNo(c.has(Trait.SHARED)));
        columns.put("benchmarking", c -> yesNo(c.has(Trait.BENCHMARKING)));
        columns.put("reserved", c -> yesNo(c.has(Trait.RESERVED)));
        columns.put("broadcast", c -> yesNo(c.has(Trait.LIMITED_BROADCAST)));
        columns.put("unspecified", c -> yesNo(c.has(Trait.UNSPECIFIED)));
        return Collections.unmodifiableMap(columns);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
