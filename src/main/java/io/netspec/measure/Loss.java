package io.netspec.measure;

import io.netspec.core.ScenarioError;

import java.util.Locale;

/** Datagrams sent against those that arrived (distinct), with duplicates and reorderings seen on the way. */
public record Loss(String at, long sent, long distinct, long duplicates, long reordered) {
    public Loss {
        if (sent < 0 || distinct < 0 || distinct > sent) {
            throw ScenarioError.of("\"" + at + "\" has " + distinct + " distinct datagrams of " + sent
                    + " sent; expected 0 <= distinct <= sent");
        }
    }

    public long lost() {
        return sent - distinct;
    }

    public double rate() {
        return sent == 0 ? 0 : (double) lost() / sent;
    }

    public Wilson interval(double confidence) {
        return Wilson.interval(lost(), sent, confidence);
    }

    public String table() {
        return Tables.of(new String[]{"at", "sent", "arrived (distinct)", "lost", "loss", "duplicates", "reordered"},
                new Object[]{at, sent, distinct, lost(), String.format(Locale.ROOT, "%.2f%%", rate() * 100), duplicates,
                        reordered});
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d of %d datagrams lost (%.2f%%), %d duplicates, %d reordered", lost(), sent,
                rate() * 100, duplicates, reordered);
    }
}
