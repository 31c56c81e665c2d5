package io.netspec.steps;

import io.cucumber.java.ParameterType;
import io.netspec.text.Durations;
import io.netspec.text.Payload;
import io.netspec.text.Percent;
import io.netspec.text.Placeholders;
import io.netspec.text.Size;
import io.netspec.text.WholeNumbers;

import java.time.Duration;

/**
 * The named parameter types every phrase is written with. Quoted values resolve {@code ${NAME}}
 * first; {@code {payload}} then turns escapes such as {@code \n} and {@code \xNN} into bytes.
 */
public final class ParameterTypes {
    /**
     * A double-quoted value in which {@code \"} and other backslash escapes may appear. Written as runs of
     * plain characters between escapes, every repetition possessive: Java's regex engine then loops
     * instead of recursing once per character, so a value of any length matches in constant stack (an
     * alternation repeated per character overflowed the stack at about 2,000 characters).
     */
    static final String QUOTED = "\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"";

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

    /**
     * A whole number up to 2147483647 (a count, a segment number, a status) in place of Cucumber's {@code {int}},
     * whose conversion of a larger number fails without naming it.
     */
    @ParameterType(name = "count", value = WholeNumbers.PATTERN, useForSnippets = false)
    public int count(String text) {
        return WholeNumbers.parseInt(text);
    }

    /** A whole number up to 9223372036854775807 (a seed, a port) in place of Cucumber's {@code {long}}. */
    @ParameterType(name = "number", value = WholeNumbers.PATTERN, useForSnippets = false)
    public long number(String text) {
        return WholeNumbers.parseLong(text);
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

    /**
     * Where an endpoint, stub, link or client is: {@code  on host "db"} for inside a host, nothing for this
     * machine's own network namespace (servers on 127.0.0.1). One phrase per endpoint kind serves both.
     */
    @ParameterType(name = "place", value = "(?: on host " + QUOTED + ")?", useForSnippets = false)
    public Where place(String host) {
        return new Where(host == null ? null : placeholders.resolve(host));
    }

    /** Where a mail is sent from: {@code  from host "web"} for inside a host, nothing for this machine's own namespace. */
    @ParameterType(name = "origin", value = "(?: from host " + QUOTED + ")?", useForSnippets = false)
    public Where origin(String host) {
        return place(host);
    }

    /** A quoted payload, with {@code ${NAME}} resolved and escapes turned into bytes. */
    @ParameterType(name = "payload", value = QUOTED, useForSnippets = false)
    public byte[] payload(String raw) {
        return Payload.unescape(placeholders.resolve(raw));
    }
}
