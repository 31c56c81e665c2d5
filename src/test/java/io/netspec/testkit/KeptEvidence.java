package io.netspec.testkit;

import io.netspec.core.Evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence kept in memory for a test to read: attachments by title (text as text), and log lines. */
public final class KeptEvidence implements Evidence {
    public final Map<String, String> attached = new LinkedHashMap<>();
    public final Map<String, String> mediaTypes = new LinkedHashMap<>();
    public final List<String> log = new ArrayList<>();

    @Override
    public synchronized void attach(String title, String mediaType, byte[] content) {
        attached.put(title, new String(content, StandardCharsets.UTF_8));
        mediaTypes.put(title, mediaType);
    }

    @Override
    public synchronized void log(String line) {
        log.add(line);
    }
}
