package io.netspec.testkit.report;

import java.nio.file.Path;

/**
 * A JVM in the middle of a run, for {@code report.KilledRunTest}: runs the feature file given with the index plugin
 * writing into the reports folder given, until a step of it says READY and waits to be killed.
 */
public final class KilledRunMain {
    private KilledRunMain() {
    }

    public static void main(String[] args) {
        IndexedRun.run(Path.of(args[0]), Path.of(args[1]));
    }
}
