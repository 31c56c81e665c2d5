package io.netspec.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks existing step phrases (Cucumber expressions) by how close they read to a step no definition
 * understands. Values are compared by their shape, not their content: {@code "echo"} stands for
 * {@code {string}}, {@code 250 ms} for {@code {duration}}, so a misspelt word weighs more than another name.
 */
final class ClosestPhrases {
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern ALTERNATIVE = Pattern.compile("(\\S+)/\\S+");

    private final Set<String> phrases;

    public ClosestPhrases(Collection<String> phrases) {
        this.phrases = new LinkedHashSet<>(phrases);
    }

    /** The {@code count} phrases closest to {@code step} (its text without keyword), closest first. */
    public List<String> closestTo(String step, int count) {
        String shape = stepShape(step);
        return phrases.stream()
                .map(p -> new Scored(p, distance(shape, expressionShape(p))))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::phrase))
                .limit(count)
                .map(Scored::phrase)
                .map(ClosestPhrases::readable)
                .toList();
    }

    /** A Cucumber expression as a person writes the step: {@code KB\\/s} is {@code KB/s}, {@code \\(} is {@code (}. */
    static String readable(String expression) {
        return expression.replaceAll("\\\\([/(){}])", "$1");
    }

    private record Scored(String phrase, int distance) {
    }

    static String stepShape(String step) {
        String s = QUOTED.matcher(step.strip()).replaceAll("\"\"");
        s = NUMBER.matcher(s).replaceAll("0");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String expressionShape(String expression) {
        String s = expression;
        // Regular expressions (rare in netspec) are compared as written, without anchors.
        if (s.startsWith("^") || s.endsWith("$")) {
            s = s.replaceAll("^\\^|\\$$", "");
        }
        Matcher m = PARAMETER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(example(m.group(1))));
        }
        m.appendTail(out);
        s = OPTIONAL.matcher(out.toString()).replaceAll("$1");
        s = ALTERNATIVE.matcher(s).replaceAll("$1");
        return s.replace("\\", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String example(String parameterType) {
        return switch (parameterType) {
            case "string", "text", "payload" -> "\"\"";
            case "int", "long", "byte", "short", "float", "double", "biginteger", "bigdecimal" -> "0";
            case "duration" -> "0 ms";
            case "size" -> "0 bytes";
            case "percent" -> "0%";
            case "word", "" -> "x";
            default -> parameterType;
        };
    }

    /** Levenshtein distance (insert, delete, replace: 1 each), two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
