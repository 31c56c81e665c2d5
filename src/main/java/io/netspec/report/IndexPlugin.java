package io.netspec.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.netspec.core.NetspecFailure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Cucumber plugin writing into the folder it is given (for example {@code io.netspec.report.IndexPlugin:reports})
 * a page per scenario in {@code scenarios/} as each one finishes, {@code index.html} when the run
 * finishes (until then it says the run has not finished: {@link UnfinishedRun}), and the run's totals in
 * {@code history/} for the trend.
 */
public final class IndexPlugin implements ConcurrentEventListener {
    private final Path folder;
    private final ScenarioFiles pages;
    private final RunRecorder recorder;

    public IndexPlugin(File folder) {
        this.folder = folder.toPath();
        this.pages = new ScenarioFiles(this.folder);
        this.recorder = new RunRecorder(pages::write);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> {
            UnfinishedRun.write(folder, e.getInstant());
            pages.clear();
            LaterStageFiles.clear(folder);
        });
        recorder.listenTo(publisher);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write(recorder.run(e.getInstant())));
    }

    /**
     * Writes the index; then fails a run that ran no scenario ({@link NothingRan}, naming the filter),
     * so that a misspelt filter cannot pass in CI while checking nothing.
     */
    private void write(Run run) {
        long begun = System.nanoTime();
        // A shard's run is part of a whole: the merge of the shards records the whole run, once, and leaves
        // the durations the next shards are cut by unchanged until then.
        Optional<ShardNote> shard = ShardNote.read(folder);
        RunSelection selection = RunSelection.current();
        List<History.Entry> history = List.of();
        try {
            if (shard.isEmpty()) {
                history = new History(folder.resolve("history")).record(run, selection);
                if (run.totals().scenarios() > 0) {
                    // A run that ran nothing leaves the durations the next shards are cut by as they were.
                    FeatureTimes.record(folder.resolve("history"), run);
                }
            }
        } catch (NetspecFailure | UncheckedIOException | IllegalArgumentException e) {
            // The index matters more than the trend: write it without one, and say why.
            System.err.println("netspec report: no trend this time: " + e.getMessage() + ": " + e.getCause());
        }
        Environment environment = Environment.current(folder, run.started());
        String html = IndexPage.render(run, environment, history, selection, shard.map(ShardNote::section));
        Path index = folder.resolve("index.html");
        try {
            Files.createDirectories(folder);
            Files.writeString(index, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NetspecFailure.of("cannot write the report index " + index, e);
        }
        new RunData(run, RunData.localHost(), environment, shard.map(ShardNote::shard).orElse(""),
                shard.map(ShardNote::planId).orElse(""), selection).write(folder);
        System.out.println("netspec report: " + index.toAbsolutePath().toUri() + " (written in "
                + (System.nanoTime() - begun) / 1_000_000 + " ms)");
        // A shard the cut left empty passes (it says so); any other run that ran nothing fails.
        boolean emptyShard = shard.map(note -> note.features().isEmpty()).orElse(false);
        if (run.totals().scenarios() == 0 && !emptyShard) {
            throw new NothingRan(selection.nothingRan());
        }
    }
}
