package io.netspec.report;

import java.util.List;

/** A step no definition understands, where it is, and the closest phrases that exist. */
record UndefinedStep(String location, String text, List<String> closest) {
    public UndefinedStep {
        closest = List.copyOf(closest);
    }
}
