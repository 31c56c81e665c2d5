package io.netspec.testkit.host;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the namespace this JVM started in looks like: its interfaces, addresses, routes and nftables ruleset. */
public final class RootNamespace {
    private static final List<List<String>> VIEWS = List.of(
            List.of("ip", "-o", "link", "show"),
            List.of("ip", "-o", "addr", "show"),
            List.of("ip", "route", "show", "table", "all"),
            List.of("ip", "-6", "route", "show", "table", "all"),
            List.of("nft", "list", "ruleset"));

    private RootNamespace() {
    }

    /** Each view's output, keyed by its command; a missing tool shows as such rather than failing. */
    public static Map<String, String> snapshot() throws IOException, InterruptedException {
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

    /** The namespaces a process or thread shows that a run of netspec makes: hosts' network ones, programs' PID ones. */
    private static final List<String> KINDS = List.of("ns/net", "ns/pid", "ns/pid_for_children");

    /** Every process, descriptor or mount on this machine that still holds one of {@code namespaces}. */
    public static List<String> holders(Collection<String> wanted) throws IOException {
        Set<String> namespaces = Set.copyOf(wanted);  // a thousand of them, looked up for every link in /proc
        List<String> found = new ArrayList<>();
        File[] processes = new File("/proc").listFiles((dir, name) -> name.matches("\\d+"));
        for (File proc : processes == null ? new File[0] : processes) {
            for (String ns : KINDS) {
                check(proc.toPath().resolve(ns), namespaces, found);
            }
            try (Stream<Path> fds = Files.list(proc.toPath().resolve("fd"))) {
                fds.forEach(fd -> check(fd, namespaces, found));
            } catch (IOException | SecurityException e) {
                // The process ended while it was looked at: it holds nothing any more.
            }
            try (Stream<Path> tasks = Files.list(proc.toPath().resolve("task"))) {
                tasks.forEach(task -> KINDS.forEach(ns -> check(task.resolve(ns), namespaces, found)));
            } catch (IOException | SecurityException e) {
                // As above: gone.
            }
        }
        String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
        namespaces.stream().filter(mounts::contains).forEach(n -> found.add("a mount of " + n));
        return found;
    }

    private static void check(Path link, Set<String> namespaces, List<String> found) {
        try {
            String target = Files.readSymbolicLink(link).toString();
            if (namespaces.contains(target)) {
                found.add(link + " -> " + target);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a link, or gone: holds nothing.
        }
    }

    public static List<String> runNetns() throws IOException {
        Path dir = Path.of("/run/netns");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(Path::toString).sorted().toList();
        }
    }
}
