package io.netspec.host;

import io.netspec.core.ScenarioError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host names as a scenario writes many at once: a range {@code "node1..node100"} (one prefix, numbers
 * from the first to the last; {@code "n001..n100"} keeps three digits), names separated by commas
 * ({@code "web, app"}), or both ({@code "web, node1..node3"}). Each name once.
 */
public final class HostNames {
    /** The most names one range may give: the hosts of a /16. */
    public static final int MOST = 65_534;
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private HostNames() {
    }

    /** Whether {@link #parse} reads {@code name} as that one name: not empty, no comma, no range, no spaces around. */
    static boolean readsAsOne(String name) {
        return !name.isEmpty() && name.equals(name.strip()) && !name.contains(",") && !name.contains("..");
    }

    /** Every name {@code text} gives, in order. */
    public static List<String> parse(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw ScenarioError.of("\"" + text + "\" has an empty host name; expected names separated by commas"
                        + " (\"web, app\") or a range (\"node1..node100\")");
            }
            List<String> some = name.contains("..") ? range(name.substring(0, name.indexOf("..")),
                    name.substring(name.indexOf("..") + 2), text) : List.of(name);
            for (String n : some) {
                if (!names.add(n)) {
                    throw ScenarioError.of("\"" + text + "\" names the host \"" + n + "\" twice");
                }
            }
        }
        return List.copyOf(names);
    }

    /** The names from {@code first} to {@code last}, which must be {@code count} names: "node1" to "node200". */
    public static List<String> range(int count, String first, String last) {
        List<String> names = range(first, last, "\"" + first + "\" to \"" + last + "\"");
        if (names.size() != count) {
            throw ScenarioError.of(count + " hosts \"" + first + "\" to \"" + last + "\" do not match: that range names "
                    + names.size() + " hosts");
        }
        return names;
    }

    private static List<String> range(String first, String last, String text) {
        Matcher a = NUMBERED.matcher(first.strip());
        Matcher b = NUMBERED.matcher(last.strip());
        if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1))) {
            throw ScenarioError.of("\"" + text + "\" is not a range of host names: expected one name with a number at its"
                    + " end, then the same name with a larger number, such as \"node1..node100\"");
        }
        String prefix = a.group(1);
        if (a.group(2).length() > 9 || b.group(2).length() > 9) {
            throw ScenarioError.of("\"" + text + "\" numbers its hosts with more than 9 digits; expected a range such as"
                    + " \"node1..node100\"");
        }
        boolean padded = a.group(2).length() > 1 && a.group(2).startsWith("0");
        if (padded && b.group(2).length() != a.group(2).length()) {
            throw ScenarioError.of("\"" + text + "\" gives its numbers " + a.group(2).length() + " digits first and "
                    + b.group(2).length() + " last; write both with the same number of digits");
        }
        long from = Long.parseLong(a.group(2));
        long to = Long.parseLong(b.group(2));
        if (to < from) {
            throw ScenarioError.of("\"" + text + "\" counts down; write the smaller number first, such as \""
                    + prefix + to + ".." + prefix + from + "\"");
        }
        if (to - from + 1 > MOST) {
            throw ScenarioError.of("\"" + text + "\" names " + (to - from + 1) + " hosts; at most " + MOST + " fit one range");
        }
        List<String> names = new ArrayList<>();
        String format = padded ? "%s%0" + a.group(2).length() + "d" : "%s%d";
        for (long n = from; n <= to; n++) {
            names.add(String.format(format, prefix, n));
        }
        return names;
    }

    /** {@code names} as a scenario would write them: a range where they are one, else the first few and how many more. */
    public static String describe(List<String> names) {
        if (names.size() > 2) {
            String first = names.get(0);
            String last = names.get(names.size() - 1);
            Matcher a = NUMBERED.matcher(first);
            Matcher b = NUMBERED.matcher(last);
            boolean padded = a.matches() && a.group(2).length() > 1 && a.group(2).startsWith("0");
            if (a.matches() && b.matches() && a.group(1).equals(b.group(1)) && a.group(2).length() <= 18
                    && b.group(2).length() <= 18 && (!padded || a.group(2).length() == b.group(2).length())
                    && Long.parseLong(b.group(2)) - Long.parseLong(a.group(2)) + 1 == names.size()
                    && range(first, last, first + ".." + last).equals(names)) {
                return first + ".." + last;
            }
        }
        List<String> shown = names.subList(0, Math.min(5, names.size()));
        return String.join(", ", shown) + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "");
    }
}
