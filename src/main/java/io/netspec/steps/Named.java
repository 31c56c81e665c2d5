package io.netspec.steps;

import io.netspec.core.ScenarioError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a scenario named, in the order it was made. Names are unique within a scenario
 * whatever their kind, so "echo" can never mean two things.
 */
final class Named {
    private record Entry(String kind, Object thing) {
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();

    synchronized <T> T add(String name, String kind, T thing) {
        checkFree(name, kind);
        byName.put(name, new Entry(kind, thing));
        return thing;
    }

    synchronized void checkFree(String name, String kind) {
        if (name.isBlank()) {
            throw ScenarioError.of("a " + kind + " needs a name that is not blank");
        }
        Entry existing = byName.get(name);
        if (existing != null) {
            throw ScenarioError.of("the name \"" + name + "\" is already taken by a " + existing.kind()
                    + " in this scenario; give the " + kind + " a name of its own");
        }
    }

    synchronized <T> T get(String name, Class<T> type, String kind) {
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

    synchronized Optional<Object> find(String name) {
        return Optional.ofNullable(byName.get(name)).map(Entry::thing);
    }

    synchronized String kindOf(String name) {
        Entry entry = byName.get(name);
        return entry == null ? "nothing" : entry.kind();
    }

    /** Everything named, last made first: the order to close in. */
    synchronized List<Map.Entry<String, Object>> newestFirst() {
        List<Map.Entry<String, Object>> all = new ArrayList<>();
        byName.forEach((name, entry) -> all.add(Map.entry(name, entry.thing())));
        Collections.reverse(all);
        return all;
    }

    synchronized void clear() {
        byName.clear();
    }

    /** What the scenario has named so far, for messages: known: "echo" (TCP server), … */
    synchronized String known() {
        if (byName.isEmpty()) {
            return "nothing has been named yet";
        }
        StringBuilder s = new StringBuilder("known: ");
        byName.forEach((name, entry) -> s.append('"').append(name).append("\" (").append(entry.kind()).append("), "));
        return s.substring(0, s.length() - 2);
    }
}
