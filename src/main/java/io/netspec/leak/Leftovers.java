package io.netspec.leak;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What a later snapshot holds that an earlier one did not, kind by kind (a multiset difference: two
 * threads of the same name where there was one is one new thread), split into what is held on
 * purpose ({@link Held}, each with its reason) and what was left behind.
 */
public record Leftovers(ResourceSnapshot before, ResourceSnapshot after, List<Item> leftBehind,
                        Map<String, List<Item>> held) {
    /** One new thread, process, folder or descriptor, with what is known about it. */
    public record Item(ResourceKind kind, String id, String description) {
    }

    public Leftovers {
        leftBehind = List.copyOf(leftBehind);
        held = Collections.unmodifiableMap(new LinkedHashMap<>(held));
    }

    public static Leftovers between(ResourceSnapshot before, ResourceSnapshot after, List<Held> rules) {
        List<Item> leftBehind = new ArrayList<>();
        Map<String, List<Item>> held = new LinkedHashMap<>();
        int[] used = new int[rules.size()];
        for (ResourceKind kind : ResourceKind.values()) {
            Map<String, Integer> remaining = new HashMap<>();
            before.of(kind).forEach(id -> remaining.merge(id, 1, Integer::sum));
            for (String id : after.of(kind)) {
                if (remaining.getOrDefault(id, 0) > 0) {
                    remaining.merge(id, -1, Integer::sum);
                    continue;
                }
                Item item = new Item(kind, id, after.describe(id));
                int owner = owner(rules, used, kind, id);
                if (owner < 0) {
                    leftBehind.add(item);
                } else {
                    used[owner]++;
                    held.computeIfAbsent(rules.get(owner).reason(), r -> new ArrayList<>()).add(item);
                }
            }
        }
        return new Leftovers(before, after, leftBehind, held);
    }

    private static int owner(List<Held> rules, int[] used, ResourceKind kind, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (used[i] < rules.get(i).most() && rules.get(i).holds(kind, id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Compares {@code before} with the present until nothing is left behind, at most {@code within}, and
     * returns the last comparison, which the caller judges. {@code rules} names what is held in the
     * snapshot at hand (it can change from one to the next). With {@code collectGarbage}, each round
     * first asks for a garbage collection: some JDK objects (an {@code HttpClient}, with its selector
     * thread and descriptors) end only when collected.
     */
    public static Leftovers settle(ResourceSnapshot before, Function<ResourceSnapshot, List<Held>> rules,
                                   Duration within, boolean collectGarbage) {
        AtomicReference<Leftovers> last = new AtomicReference<>();
        try {
            // In this thread: a polling thread of Awaitility's own would count as a new thread.
            Awaitility.await("nothing left behind since the first snapshot").atMost(within).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                        if (collectGarbage) {
                            System.gc();
                        }
                        ResourceSnapshot now = ResourceSnapshot.take();
                        last.set(between(before, now, rules.apply(now)));
                        return last.get().isClean();
                    });
        } catch (ConditionTimeoutException e) {
            // The last comparison is the answer either way; the caller tells a timeout by isClean().
            return last.get();
        }
        return last.get();
    }

    public boolean isClean() {
        return leftBehind.isEmpty();
    }

    public List<Item> leftBehind(ResourceKind kind) {
        return leftBehind.stream().filter(i -> i.kind() == kind).toList();
    }

    /**
     * What was left behind, kind by kind: "2 new sockets since before (1 before, 3 after): socket:[123] tcp …".
     * {@code since} names the first snapshot: "the suite".
     */
    public String describe(String since) {
        List<String> parts = new ArrayList<>();
        for (ResourceKind kind : ResourceKind.values()) {
            List<Item> items = leftBehind(kind);
            if (!items.isEmpty()) {
                parts.add(kind.count(items.size()).replaceFirst(" ", " new ") + " since before " + since + " ("
                        + before.of(kind).size() + " before, " + after.of(kind).size() + " after):\n    "
                        + String.join("\n    ", items.stream().map(Item::description).toList()));
            }
        }
        return parts.isEmpty() ? "nothing" : String.join("\n  ", parts);
    }

    /** What is held on purpose: "the shared Toxiproxy server's lifeline: 1 pipe; class loading: 3 jar files". */
    public String describeHeld() {
        if (held.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        held.forEach((reason, items) -> {
            Map<ResourceKind, Integer> counts = new EnumMap<>(ResourceKind.class);
            items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
            List<String> byKind = new ArrayList<>();
            counts.forEach((k, n) -> byKind.add(k.count(n)));
            parts.add(reason + ": " + String.join(", ", byKind));
        });
        return String.join("; ", parts);
    }
}
