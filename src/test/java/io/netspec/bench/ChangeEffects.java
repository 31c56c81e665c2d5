package io.netspec.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** What one kind of change (a cut, a heal) showed in a pass of {@link CutBenchmark}, change by change. */
final class ChangeEffects {
    final long[] applied;
    final long[] effect;
    final long[] gap;
    final long[] own;
    final boolean[] collected;
    long late;

    ChangeEffects(int n) {
        applied = new long[n];
        effect = new long[n];
        gap = new long[n];
        own = new long[n];
        collected = new boolean[n];
    }

    /**
     * Change {@code i}, made at {@code call} and in force from {@code inForce}, with a garbage collection
     * between the call and the frame that showed it or not; {@code frame}: that frame, as {@link CutBenchmark} finds it.
     */
    void record(int i, long call, long inForce, boolean gc, long[] frame) {
        applied[i] = inForce - call;
        effect[i] = Math.max(0, frame[0] - call);
        own[i] = Math.max(0, effect[i] - Math.max(0, frame[3] - inForce));
        gap[i] = frame[1];
        late += frame[2];
        collected[i] = gc;
    }

    void print(String what, String inForce, String firstFrame) {
        CutBenchmark.print("  " + what + " in force in the switch (call to " + inForce + ")", applied);
        CutBenchmark.print("  " + what + " takes effect (call to " + firstFrame + ")", effect);
        CutBenchmark.print("    the traffic's own gap there (last frame before it to that frame)", gap);
        CutBenchmark.print("    less the time no frame was on its way (that frame sent after the change was in force)", own);
        collected("    ", effect, collected);
        over();
    }

    /** Which changes of the pass took effect later than the target, by number (the first twelve). */
    private void over() {
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < effect.length; i++) {
            if (effect[i] > CutBenchmark.TARGET.toNanos()) {
                slow.add(String.format(Locale.ROOT, "#%d %.2f ms", i + 1, effect[i] / 1e6));
            }
        }
        System.out.printf(Locale.ROOT, "    later than %d ms: %d%s%n", CutBenchmark.TARGET.toMillis(), slow.size(),
                slow.isEmpty() ? "" : " (" + String.join(", ", slow.subList(0, Math.min(12, slow.size())))
                        + (slow.size() > 12 ? ", ..." : "") + ")");
    }

    /** How many of {@code nanos} had a garbage collection between the call and the frame that showed it, and the rest. */
    private static void collected(String indent, long[] nanos, boolean[] collected) {
        long[] others = IntStream.range(0, nanos.length).filter(i -> !collected[i]).mapToLong(i -> nanos[i]).toArray();
        long[] during = IntStream.range(0, nanos.length).filter(i -> collected[i]).mapToLong(i -> nanos[i]).toArray();
        System.out.printf(Locale.ROOT, "%swith a garbage collection between the call and that frame: %d (worst %.3f ms)%n", indent,
                during.length, Arrays.stream(during).max().orElse(0) / 1e6);
        if (others.length > 0) {
            CutBenchmark.print(indent + "the others", others);
        }
    }
}
