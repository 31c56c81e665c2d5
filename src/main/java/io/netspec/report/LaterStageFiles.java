package io.netspec.report;

import io.netspec.core.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the build's stages after the scenarios wrote into the reports folder: the multi-page report and
 * the browser check's screenshots. A run removes an earlier run's when it starts, so that its index,
 * which links them, never shows another run's pages as its own (a run with -Dnetspec.skipReports or
 * -Dnetspec.skipBrowserCheck leaves those links without a target).
 */
final class LaterStageFiles {
    static final List<String> NAMES = List.of("cucumber-html-reports", "index.png", "cucumber.png");

    private LaterStageFiles() {
    }

    static void clear(Path reports) {
        for (String name : NAMES) {
            Path root = reports.resolve(name);
            try {
                FileTrees.delete(root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove what an earlier run wrote in " + root, e);
            }
        }
    }
}
