package io.netspec.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares the pages of two report folders (a merged one and a single run's) as a reader sees them: the
 * failure cards of index.html (the failing step, the message, what netspec measured, the seed), and every
 * scenario page (every step, message, attachment and picture), with every number masked (times, ports and
 * seeds differ from run to run) and the text of transcripts and tables left out; and finds the links of the
 * merged index and scenario pages that lead nowhere.
 */
final class PageComparison {
    private static final Pattern CARD = Pattern.compile("(?s)<section class=\"failure\"[^>]*>.*?</section>");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)(?:#[^\"]*)?\"");
    private static final Pattern TEXT = Pattern.compile("(?s)<pre(?: class=\"log\")?>.*?</pre>");
    /** A number, with its unit of time when it has one: a time is written in ms below 1 s and in s above. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[ \\u00a0]?(?:ns|µs|ms|s|min)\\b)?");
    /** Written after MergeReports by ci/merge-reports.sh, as mvn verify writes it after the scenarios. */
    static final String LATER_STAGE = "cucumber-html-reports/";

    private PageComparison() {
    }

    /** Every way the merged folder's pages differ from the single run's, and every dead link in the merged folder. */
    static List<String> differences(Path single, Path merged) {
        List<String> out = new ArrayList<>();
        compare("failure card", cards(single), cards(merged), out);
        compare("scenario page", scenarioPages(single), scenarioPages(merged), out);
        out.addAll(deadLinks(merged));
        return out;
    }

    /** The links of index.html and of the scenario pages whose file is not in {@code folder}. */
    static List<String> deadLinks(Path folder) {
        List<String> dead = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(folder.resolve("index.html")));
        pages.addAll(pagesIn(folder));
        for (Path page : pages) {
            Matcher m = LINK.matcher(read(page));
            while (m.find()) {
                String target = m.group(1).replace("&amp;", "&");
                if (target.contains(":") || target.startsWith(LATER_STAGE)) {
                    continue;
                }
                if (!Files.exists(page.resolveSibling(target).normalize())) {
                    dead.add("dead link in the merged report: " + folder.relativize(page) + " -> " + target);
                }
            }
        }
        return dead;
    }

    /** The failure cards of index.html by their heading, numbers masked. */
    private static Map<String, String> cards(Path folder) {
        Map<String, String> cards = new TreeMap<>();
        Matcher m = CARD.matcher(read(folder.resolve("index.html")));
        while (m.find()) {
            String card = masked(m.group());
            cards.put(card.substring(0, Math.min(card.length(), card.indexOf("</h3>") + 5)), card);
        }
        return cards;
    }

    private static Map<String, String> scenarioPages(Path folder) {
        Map<String, String> pages = new TreeMap<>();
        for (Path page : pagesIn(folder)) {
            pages.put(folder.relativize(page).toString(), masked(read(page)));
        }
        return pages;
    }

    private static List<Path> pagesIn(Path folder) {
        Path scenarios = folder.resolve(MergeFolder.SCENARIOS);
        if (!Files.isDirectory(scenarios)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(scenarios)) {
            return all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + scenarios, e);
        }
    }

    /** Numbers (and times with their units) masked, and the padding and rules of text tables, whose widths follow the numbers, collapsed. */
    static String masked(String html) {
        return NUMBER.matcher(html).replaceAll("#").replaceAll("[ \t]+", " ").replaceAll("-{2,}", "--");
    }

    private static void compare(String what, Map<String, String> single, Map<String, String> merged, List<String> out) {
        for (String key : single.keySet()) {
            if (!merged.containsKey(key)) {
                out.add(what + " missing from the merged report: " + key);
            } else if (!merged.get(key).equals(single.get(key))) {
                out.add(what + " differs from the single run's: " + key + " (" + firstDifference(single.get(key),
                        merged.get(key)) + ")");
            }
        }
        merged.keySet().stream().filter(k -> !single.containsKey(k))
                .forEach(k -> out.add(what + " only in the merged report: " + k));
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "single run: ..." + a.substring(from, Math.min(a.length(), i + 60)) + "...; merged: ..."
                + b.substring(from, Math.min(b.length(), i + 60)) + "...";
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }
}
