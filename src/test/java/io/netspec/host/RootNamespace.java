package io.netspec.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the namespace this JVM started in looks like: its interfaces, addresses, routes and nftables ruleset. */
final class RootNamespace {
    private static final List<List<String>> VIEWS = List.of(
            List.of("ip", "-o", "link", "show"),
            List.of("ip", "-o", "addr", "show"),
            List.of("ip", "route", "show", "table", "all"),
            List.of("ip", "-6", "route", "show", "table", "all"),
            List.of("nft", "list", "ruleset"));

    private RootNamespace() {
    }

    /** Each view's output, keyed by its command; a missing tool shows as such rather than failing. */
    static Map<String, String> snapshot() throws IOException, InterruptedException {
        Map<String, String> views = new LinkedHashMap<>();
        for (List<String> command : VIEWS) {
            views.put(String.join(" ", command), run(command));
        }
        return views;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "(cannot run " + command.get(0) + ": " + e.getMessage() + ")";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within 10 s");
        }
        return out;
    }
}
