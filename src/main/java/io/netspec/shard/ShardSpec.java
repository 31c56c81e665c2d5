package io.netspec.shard;

import io.netspec.core.ScenarioError;
import io.netspec.core.Settings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shard of how many this run is: {@code 2/4} is the second of four, numbered from 1.
 * Read through {@link Settings} ({@code -Dnetspec.shard}, else {@code NETSPEC_SHARD}).
 */
public record ShardSpec(int index, int count) {
    private static final String PROPERTY = Settings.Knob.SHARD.property();
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public ShardSpec {
        if (count < 1) {
            throw ScenarioError.of("a shard count must be 1 or more, not " + count);
        }
        if (index < 1 || index > count) {
            throw ScenarioError.of("shard " + index + " of " + count + " does not exist: shards are numbered 1 to "
                    + count + " (for example " + PROPERTY + "=1/" + count + ")");
        }
    }

    /** Parses {@code INDEX/COUNT}; anything else is refused with the text and the expected form. */
    public static ShardSpec parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw ScenarioError.of(PROPERTY + "=\"" + text + "\" is not a shard: expected INDEX/COUNT with whole"
                    + " numbers, INDEX from 1 to COUNT, for example " + PROPERTY + "=2/4 for the second of four shards");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count < 1 || index < 1 || index > count) {
            throw ScenarioError.of(PROPERTY + "=\"" + text.strip() + "\" names shard " + index + " of " + count
                    + ", which does not exist: expected INDEX from 1 to COUNT and COUNT at least 1, for example "
                    + PROPERTY + "=" + Math.max(1, Math.min(index, Math.max(count, 1))) + "/" + Math.max(count, 1));
        }
        return new ShardSpec(index, count);
    }

    /** The shard this JVM runs, when one is set (a blank setting counts as none). */
    public static Optional<ShardSpec> fromSystem() {
        return Settings.system().get(Settings.Knob.SHARD).map(ShardSpec::parse);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
