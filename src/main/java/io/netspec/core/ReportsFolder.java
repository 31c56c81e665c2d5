package io.netspec.core;

/** What a run leaves in the reports folder ({@link Settings.Knob#REPORTS_DIR}) for its report to show. */
public final class ReportsFolder {
    /** The version of the Toxiproxy server the run used, one line: {@code fault} writes it, {@code report} shows it. */
    public static final String TOXIPROXY_VERSION = "toxiproxy-version.txt";

    private ReportsFolder() {
    }
}
