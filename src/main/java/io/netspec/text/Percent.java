package io.netspec.text;

import io.netspec.core.ScenarioError;

/**
 * A percentage as a scenario writes it: {@code 10%}, {@code 0.5%}, also {@code 10 %}. Holds the value in
 * percent. The pattern also takes a minus sign, so that {@code -5%} matches its phrase and fails it
 * with the rule, instead of leaving the step undefined.
 */
public record Percent(double value) {
    public static final String PATTERN = "-?\\d+(?:\\.\\d+)? ?%";

    public Percent {
        if (!(value >= 0 && value <= 100)) {
            throw ScenarioError.of("a percentage must lie between 0% and 100%, but was " + value + "%");
        }
    }

    public static Percent parse(String text) {
        String t = text.trim();
        if (!t.matches(PATTERN)) {
            throw ScenarioError.of("\"" + text + "\" is not a percentage; expected a number and %, such as 10% or 0.5%");
        }
        double value = Double.parseDouble(t.substring(0, t.length() - 1).trim());
        if (Double.isInfinite(value)) {
            throw ScenarioError.of("\"" + text + "\" is not a percentage between 0% and 100%; expected one such as 10% or 0.5%");
        }
        return new Percent(value);
    }

    /** The share as a fraction between 0 and 1. */
    public double fraction() {
        return value / 100.0;
    }

    @Override
    public String toString() {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
