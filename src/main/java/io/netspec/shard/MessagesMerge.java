package io.netspec.shard;

import io.netspec.core.ScenarioError;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.core.plugin.JUnitFormatter;
import io.cucumber.core.plugin.JsonFormatter;
import io.cucumber.core.plugin.MessageFormatter;
import io.cucumber.messages.NdjsonToMessageIterable;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Exception;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunStarted;
import io.cucumber.messages.types.Timestamp;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The shards' Cucumber messages as one run's: one meta, one test run start (the earliest), every shard's
 * documents, pickles, definitions and results, one test run finish (the latest; a success only when every
 * shard's was). Cucumber's own formatters then write cucumber.ndjson, cucumber.html, cucumber.json and
 * cucumber-junit.xml from it, as they would have at the end of one run.
 */
final class MessagesMerge {
    private MessagesMerge() {
    }

    static List<Envelope> merge(List<Path> files) {
        Envelope meta = null;
        List<Timestamp> starts = new ArrayList<>();
        List<TestRunFinished> finishes = new ArrayList<>();
        List<Envelope> body = new ArrayList<>();
        for (Path file : files) {
            boolean finished = false;
            for (Envelope e : read(file)) {
                if (e.getMeta().isPresent()) {
                    meta = meta == null ? e : meta;
                } else if (e.getTestRunStarted().isPresent()) {
                    starts.add(e.getTestRunStarted().get().getTimestamp());
                } else if (e.getTestRunFinished().isPresent()) {
                    finishes.add(e.getTestRunFinished().get());
                    finished = true;
                } else {
                    body.add(e);
                }
            }
            if (!finished) {
                throw ScenarioError.of(file + " has no end of the test run: the shard's run died while Cucumber"
                        + " wrote it; run that shard again");
            }
        }
        if (meta == null || starts.isEmpty()) {
            throw ScenarioError.of("the shards' messages " + files + " have no meta or no start of the test run");
        }
        Comparator<Timestamp> order = Comparator.comparing(Timestamp::getSeconds).thenComparing(Timestamp::getNanos);
        Timestamp started = starts.stream().min(order).orElseThrow();
        Timestamp ended = finishes.stream().map(TestRunFinished::getTimestamp).max(order).orElseThrow();
        boolean success = finishes.stream().allMatch(f -> Boolean.TRUE.equals(f.getSuccess()));
        String message = finishes.stream().map(TestRunFinished::getMessage).flatMap(Optional::stream).findFirst().orElse(null);
        Exception exception = finishes.stream().map(TestRunFinished::getException).flatMap(Optional::stream).findFirst().orElse(null);
        List<Envelope> merged = new ArrayList<>(body.size() + 3);
        merged.add(meta);
        merged.add(Envelope.of(new TestRunStarted(started, null)));
        merged.addAll(body);
        merged.add(Envelope.of(new TestRunFinished(message, success, ended, exception, null)));
        return merged;
    }

    /** Writes the four Cucumber reports of the merged messages into {@code out}. */
    static void write(List<Envelope> messages, Path out) {
        List<OutputStream> streams = new ArrayList<>();
        try {
            Replay replay = new Replay();
            OutputStream ndjson = open(out.resolve("cucumber.ndjson"), streams);
            OutputStream html = open(out.resolve("cucumber.html"), streams);
            OutputStream json = open(out.resolve("cucumber.json"), streams);
            OutputStream junit = open(out.resolve("cucumber-junit.xml"), streams);
            List<ConcurrentEventListener> formatters = List.of(new MessageFormatter(ndjson), new HtmlFormatter(html),
                    new JsonFormatter(json), new JUnitFormatter(junit));
            formatters.forEach(f -> f.setEventPublisher(replay));
            messages.forEach(replay::send);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the merged Cucumber reports into " + out, e);
        } finally {
            for (OutputStream s : streams) {
                try {
                    s.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close a merged Cucumber report in " + out, e);
                }
            }
        }
    }

    private static OutputStream open(Path file, List<OutputStream> streams) throws IOException {
        OutputStream s = Files.newOutputStream(file);
        streams.add(s);
        return s;
    }

    private static List<Envelope> read(Path file) {
        List<Envelope> envelopes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             NdjsonToMessageIterable messages = new NdjsonToMessageIterable(in, new Deserializer())) {
            messages.forEach(envelopes::add);
        } catch (IOException | RuntimeException e) {
            throw ScenarioError.of("cannot read the Cucumber messages " + file + " (" + e.getMessage()
                    + "): the shard's run died while writing them, or the file is damaged", e);
        }
        return envelopes;
    }

    /** Hands recorded messages to formatters the way a running Cucumber would. */
    private static final class Replay implements EventPublisher {
        private final List<EventHandler<Envelope>> handlers = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
            if (type == Envelope.class) {
                handlers.add((EventHandler<Envelope>) handler);
            }
        }

        @Override
        public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
            handlers.remove(handler);
        }

        void send(Envelope envelope) {
            handlers.forEach(h -> h.receive(envelope));
        }
    }
}
