package io.netspec.steps;

import io.cucumber.java.ParameterType;
import io.netspec.text.Durations;
import io.netspec.text.Payload;
import io.netspec.text.Percent;
import io.netspec.text.Placeholders;
import io.netspec.text.Size;

import java.time.Duration;

/**
 * The named parameter types every phrase is written with. Quoted values resolve {@code ${NAME}}
 * first; {@code {payload}} then turns escapes such as {@code \n} and {@code \xNN} into bytes.
 */
public final class ParameterTypes {
    /** A double-quoted value in which {@code \"} and other backslash escapes may appear. */
    static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    private final Placeholders placeholders;

    /** {@code ${NAME}} means a value the scenario saved first, else the environment, else a system property. */
    public ParameterTypes(World world) {
        Placeholders environment = Placeholders.fromEnvironment();
        this.placeholders = new Placeholders(name -> world.variable(name).orElseGet(() -> environment.lookup(name)));
    }

    @ParameterType(name = "duration", value = Durations.PATTERN)
    public Duration duration(String text) {
        return Durations.parse(text);
    }

    @ParameterType(name = "size", value = Size.PATTERN)
    public Size size(String text) {
        return Size.parse(text);
    }

    @ParameterType(name = "percent", value = Percent.PATTERN)
    public Percent percent(String text) {
        return Percent.parse(text);
    }

    /** A quoted name, address or other value, with {@code ${NAME}} resolved. */
    @ParameterType(name = "text", value = QUOTED, useForSnippets = true)
    public String text(String raw) {
        return placeholders.resolve(raw);
    }

    /** A quoted payload, with {@code ${NAME}} resolved and escapes turned into bytes. */
    @ParameterType(name = "payload", value = QUOTED, useForSnippets = false)
    public byte[] payload(String raw) {
        return Payload.unescape(placeholders.resolve(raw));
    }
}
