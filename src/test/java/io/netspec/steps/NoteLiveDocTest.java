package io.netspec.steps;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/the-note-live.md puts each claim of the note beside the scenarios that show it: every link points
 * at a scenario of that name on that line of that feature, every claim has one, and no claim of the note
 * is missing.
 */
class NoteLiveDocTest {
    private static final Pattern LINK = Pattern.compile("\\[((?:[^\\]\\\\]|\\\\.)+)]\\((\\.\\./features/[^)#]+\\.feature)#L(\\d+)\\)");
    /** What the note claims, as the page must name it. */
    private static final List<String> CLAIMS = List.of("five classes", "126 networks", "multicast", "private ranges",
            "loopback", "unique on its local network", "port", "ephemeral", "`netstat -an`", "`lsof -i`", "AF_INET",
            "AF_UNIX", "SOCK_STREAM", "SOCK_DGRAM", "socket, bind, listen, accept", "does not bind", "three-way handshake",
            "numbers bytes", "in order", "retransmission", "HTTP runs on TCP", "SMTP runs on TCP");

    private static List<String> page() throws IOException {
        return Files.readAllLines(StepsDocTest.projectDir().resolve("docs/the-note-live.md"));
    }

    @Test
    void everyLinkPointsAtAScenarioOfThatNameOnThatLine() throws IOException {
        Path docs = StepsDocTest.projectDir().resolve("docs");
        List<String> wrong = new ArrayList<>();
        int links = 0;
        for (String line : page()) {
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                links++;
                String name = m.group(1).replaceAll("\\\\(.)", "$1");
                Path feature = docs.resolve(m.group(2)).normalize();
                int at = Integer.parseInt(m.group(3));
                List<String> lines = Files.isRegularFile(feature) ? Files.readAllLines(feature) : List.of();
                String there = at >= 1 && at <= lines.size() ? lines.get(at - 1).strip() : "(no such line)";
                if (!there.equals("Scenario: " + name) && !there.equals("Scenario Outline: " + name)) {
                    wrong.add(m.group(2) + "#L" + at + " should be the scenario \"" + name + "\" but is: " + there);
                }
            }
        }
        assertThat(links).as("links to scenarios").isGreaterThan(30);
        assertThat(wrong).as("links of docs/the-note-live.md that miss their scenario").isEmpty();
    }

    @Test
    void everyClaimHasAScenarioAndNoClaimIsMissing() throws IOException {
        List<String> rows = page().stream().filter(l -> l.startsWith("| ") && !l.startsWith("| the note says") && !l.startsWith("| ---")).toList();
        assertThat(rows).as("claims").hasSizeGreaterThan(15);
        assertThat(rows.stream().filter(r -> !LINK.matcher(r).find()).toList()).as("claims without a scenario").isEmpty();
        String text = String.join("\n", page());
        assertThat(CLAIMS.stream().filter(c -> !text.contains(c)).toList()).as("claims of the note the page leaves out").isEmpty();
    }
}
