package io.netspec.report;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.Source;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/**
 * Cucumber's own HTML report ({@code cucumber.html}), with each feature file named by its path in the
 * project ({@code features/faults/latency.feature}) rather than a {@code file:///} URI of this machine.
 * Use as {@code io.netspec.report.RelativeHtmlPlugin:reports/cucumber.html} in place of {@code html:…}.
 */
public final class RelativeHtmlPlugin implements ConcurrentEventListener {
    private final HtmlFormatter html;

    public RelativeHtmlPlugin(File file) {
        try {
            File parent = file.getAbsoluteFile().getParentFile();
            if (parent != null) {
                Files.createDirectories(parent.toPath());
            }
            this.html = new HtmlFormatter(new FileOutputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Cucumber's HTML report to " + file, e);
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        html.setEventPublisher(new EventPublisher() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                if (type == Envelope.class) {
                    EventHandler<Envelope> envelopes = (EventHandler<Envelope>) handler;
                    publisher.registerHandlerFor(Envelope.class, e -> envelopes.receive(relative(e)));
                } else {
                    publisher.registerHandlerFor(type, handler);
                }
            }

            @Override
            public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                publisher.removeHandlerFor(type, handler);
            }
        });
    }

    /** The message with its feature file's URI as a path in the project; other messages as they are. */
    static Envelope relative(Envelope e) {
        if (e.getSource().isPresent()) {
            Source s = e.getSource().get();
            return Envelope.of(new Source(path(s.getUri()), s.getData(), s.getMediaType()));
        }
        if (e.getGherkinDocument().isPresent()) {
            GherkinDocument d = e.getGherkinDocument().get();
            return Envelope.of(new GherkinDocument(d.getUri().map(RelativeHtmlPlugin::path).orElse(null),
                    d.getFeature().orElse(null), d.getComments()));
        }
        if (e.getPickle().isPresent()) {
            Pickle p = e.getPickle().get();
            return Envelope.of(new Pickle(p.getId(), path(p.getUri()), p.getName(), p.getLanguage(), p.getSteps(),
                    p.getTags(), p.getAstNodeIds()));
        }
        return e;
    }

    static String path(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            return FeaturePath.of(URI.create(uri)).display();
        } catch (IllegalArgumentException notAUri) {
            return FeaturePath.of(uri).display();
        }
    }
}
