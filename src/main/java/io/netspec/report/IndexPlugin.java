package io.netspec.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.netspec.core.NetspecFailure;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Cucumber plugin writing {@code index.html} into the folder it is given (for example
 * {@code io.netspec.report.IndexPlugin:reports}) when the run finishes, and keeping the run's totals
 * in {@code history/} beside it for the trend.
 */
public final class IndexPlugin implements ConcurrentEventListener {
    private final Path folder;
    private final RunRecorder recorder = new RunRecorder();

    public IndexPlugin(File folder) {
        this.folder = folder.toPath();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        recorder.listenTo(publisher);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write(recorder.run(e.getInstant())));
    }

    private void write(Run run) {
        long begun = System.nanoTime();
        List<History.Entry> history;
        try {
            history = new History(folder.resolve("history")).record(run);
        } catch (NetspecFailure e) {
            // The index matters more than the trend: write it without one, and say why.
            System.err.println("netspec report: no trend this time: " + e.getMessage() + ": " + e.getCause());
            history = List.of();
        }
        String html = IndexPage.render(run, Environment.current(folder, run.started()), history);
        Path index = folder.resolve("index.html");
        try {
            Files.createDirectories(folder);
            Files.writeString(index, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NetspecFailure.of("cannot write the report index " + index, e);
        }
        System.out.println("netspec report: " + index.toAbsolutePath().toUri() + " (written in "
                + (System.nanoTime() - begun) / 1_000_000 + " ms)");
    }
}
