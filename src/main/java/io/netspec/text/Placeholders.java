package io.netspec.text;

import io.netspec.core.ScenarioError;
import io.netspec.core.Settings;

import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${NAME}} in quoted step values with an environment variable or system property. */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private final UnaryOperator<String> lookup;

    /** Looks names up as every setting is: a JVM system property wins over the environment variable. */
    public static Placeholders fromEnvironment() {
        Settings settings = Settings.system();
        return new Placeholders(name -> settings.lookup(name).orElse(null));
    }

    public Placeholders(UnaryOperator<String> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The value of one name, or null when it is not set. */
    public String lookup(String name) {
        return lookup.apply(name);
    }

    public String resolve(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!VALID_NAME.matcher(name).matches()) {
                throw ScenarioError.of("\"" + text + "\" has the placeholder ${" + name
                        + "}, which is not a valid variable name; expected letters, digits and _ such as ${REDIS_PORT}");
            }
            String value = lookup.apply(name);
            if (value == null) {
                throw ScenarioError.of("\"" + text + "\" needs ${" + name
                        + "}, but no value was saved under " + name + " in this scenario and neither the environment variable "
                        + name + " nor the system property " + name + " is set; save one (Given the port of \"…\" is saved as "
                        + name + ") or set one (export " + name + "=… or -D" + name + "=…)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
