package io.netspec.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What capabilities keep running inside one host, one of each kind (such as the host's own Toxiproxy
 * server): each started the first time it is asked for, all closed with the host, the last started first.
 */
final class HostServices implements AutoCloseable {
    private final Map<Class<?>, AutoCloseable> running = new LinkedHashMap<>();

    /** The running service of {@code kind}, started by {@code start} if there is none yet. */
    synchronized <T extends AutoCloseable> T get(Class<T> kind, Supplier<T> start) {
        AutoCloseable service = running.get(kind);
        if (service == null) {
            service = start.get();
            running.put(kind, service);
        }
        return kind.cast(service);
    }

    /** Closes every service, the last started first; the first failure is thrown once all were closed. */
    @Override
    public void close() {
        List<AutoCloseable> all;
        synchronized (this) {
            all = new ArrayList<>(running.values());
            running.clear();
        }
        RuntimeException failure = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                all.get(i).close();
            } catch (Exception e) {
                RuntimeException wrapped = e instanceof RuntimeException r ? r
                        : new IllegalStateException("closing " + all.get(i) + " failed: " + e.getMessage(), e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
