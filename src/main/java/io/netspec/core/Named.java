package io.netspec.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a scenario named, in the order it was made, each with the kind messages call it. Names are
 * unique within a scenario whatever their kind, so "echo" can never mean two things.
 */
public final class Named {
    private record Entry(String kind, Object thing) {
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();

    public synchronized <T> T add(String name, String kind, T thing) {
        checkFree(name, kind);
        byName.put(name, new Entry(kind, thing));
        return thing;
    }

    public synchronized void checkFree(String name, String kind) {
        if (name.isBlank()) {
            throw ScenarioError.of("a " + kind + " needs a name that is not blank");
        }
        Entry existing = byName.get(name);
        if (existing != null) {
            throw ScenarioError.of("the name \"" + name + "\" is already taken by a " + existing.kind()
                    + " in this scenario; give the " + kind + " a name of its own");
        }
    }

    public synchronized <T> T get(String name, Class<T> type, String kind) {
        Entry entry = byName.get(name);
        if (entry == null) {
            throw ScenarioError.of("there is no " + kind + " named \"" + name + "\" in this scenario; "
                    + known());
        }
        if (!type.isInstance(entry.thing())) {
            throw ScenarioError.of("\"" + name + "\" is a " + entry.kind() + ", but the step needs a "
                    + kind + "; " + known());
        }
        return type.cast(entry.thing());
    }

    public synchronized Optional<Object> find(String name) {
        return Optional.ofNullable(byName.get(name)).map(Entry::thing);
    }

    /** The thing named {@code name}, if there is one and it is a {@code type}. */
    public synchronized <T> Optional<T> find(String name, Class<T> type) {
        return find(name).filter(type::isInstance).map(type::cast);
    }

    /** Everything named that is a {@code type}, oldest first. */
    public synchronized <T> List<T> all(Class<T> type) {
        return byName.values().stream().map(Entry::thing).filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Closes every thing that can be closed, newest first, and forgets them all; returns each failure to close,
     * none hiding another.
     */
    public synchronized List<Exception> closeAll() {
        List<Exception> failures = new ArrayList<>();
        for (Map.Entry<String, Object> entry : newestFirst()) {
            if (entry.getValue() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    failures.add(NetspecFailure.of("closing \"" + entry.getKey() + "\" failed: " + e, e));
                }
            }
        }
        byName.clear();
        return failures;
    }

    public synchronized String kindOf(String name) {
        Entry entry = byName.get(name);
        return entry == null ? "nothing" : entry.kind();
    }

    /** Everything named, last made first: the order to close in. */
    public synchronized List<Map.Entry<String, Object>> newestFirst() {
        List<Map.Entry<String, Object>> all = new ArrayList<>();
        byName.forEach((name, entry) -> all.add(Map.entry(name, entry.thing())));
        Collections.reverse(all);
        return all;
    }

    public synchronized void clear() {
        byName.clear();
    }

    /** What the scenario has named so far, for messages: known: "echo" (TCP server), … */
    public synchronized String known() {
        if (byName.isEmpty()) {
            return "nothing has been named yet";
        }
        StringBuilder s = new StringBuilder("known: ");
        byName.forEach((name, entry) -> s.append('"').append(name).append("\" (").append(entry.kind()).append("), "));
        return s.substring(0, s.length() - 2);
    }
}
