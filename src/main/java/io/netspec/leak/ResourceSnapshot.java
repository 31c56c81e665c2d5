package io.netspec.leak;

import io.netspec.core.NetspecFailure;
import io.netspec.ostable.InetSocketEntry;
import io.netspec.ostable.SocketTable;
import io.netspec.ostable.UnixSocketEntry;
import io.netspec.socket.UnixServer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything this JVM holds at one moment that a test could leave behind, by kind: the names of its
 * live threads, its child processes, the Unix socket folders of this package in the temporary folder,
 * and every open file descriptor (the target of its /proc/self/fd link, such as {@code socket:[123]}).
 * Sockets carry their line of the OS socket table (/proc/net) as detail, processes their command line,
 * so a difference can say what a socket was connected to.
 */
public record ResourceSnapshot(Map<ResourceKind, List<String>> items, Map<String, String> details) {
    public ResourceSnapshot {
        Map<ResourceKind, List<String>> copy = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            copy.put(kind, List.copyOf(items.getOrDefault(kind, List.of())));
        }
        items = Collections.unmodifiableMap(copy);
        details = Map.copyOf(details);
    }

    public static ResourceSnapshot take() {
        Map<ResourceKind, List<String>> items = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            items.put(kind, new ArrayList<>());
        }
        Map<String, String> details = new HashMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).sorted()
                .forEach(items.get(ResourceKind.THREAD)::add);
        ProcessHandle.current().children().forEach(p -> {
            String id = "process " + p.pid();
            items.get(ResourceKind.PROCESS).add(id);
            details.put(id, p.info().commandLine().orElse("(command line unknown)"));
        });
        items.get(ResourceKind.SOCKET_FOLDER).addAll(socketFolders());
        for (String target : descriptorTargets(Path.of("/proc/self/fd"))) {
            items.get(ResourceKind.ofDescriptor(target)).add(target);
        }
        if (!items.get(ResourceKind.SOCKET).isEmpty()) {
            details.putAll(socketLines(SocketTable.read()));
        }
        details.putAll(pipeEnds(items.get(ResourceKind.PIPE)));
        return new ResourceSnapshot(items, details);
    }

    /**
     * Where the other end of each pipe is: in this JVM too (both ends open here), or in a process this
     * JVM started (its command line); a pipe with neither says nothing.
     */
    private static Map<String, String> pipeEnds(List<String> pipes) {
        Map<String, String> ends = new HashMap<>();
        if (pipes.isEmpty()) {
            return ends;
        }
        pipes.stream().filter(p -> Collections.frequency(pipes, p) > 1)
                .forEach(p -> ends.put(p, "(both ends in this JVM)"));
        ProcessHandle.current().descendants().forEach(child -> {
            List<String> theirs = descriptorTargets(Path.of("/proc", Long.toString(child.pid()), "fd"));
            pipes.stream().filter(theirs::contains).forEach(p -> ends.merge(p, "(other end in process " + child.pid()
                    + ": " + child.info().command().orElse("?") + ")", (a, b) -> a + " " + b));
        });
        return ends;
    }

    /** The targets of the links in a /proc/…/fd folder, sorted; empty if the process is gone or not ours to read. */
    public static List<String> descriptorTargets(Path fdFolder) {
        List<String> targets = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(fdFolder)) {
            for (Path fd : dir) {
                readLink(fd).ifPresent(targets::add);
            }
        } catch (NoSuchFileException | AccessDeniedException e) {
            return List.of();
        } catch (IOException e) {
            throw NetspecFailure.of("could not list " + fdFolder + ": " + e.getMessage(), e);
        }
        Collections.sort(targets);
        return targets;
    }

    private static Optional<String> readLink(Path fd) {
        try {
            return Optional.of(Files.readSymbolicLink(fd).toString());
        } catch (IOException e) {
            // Closed while the folder was listed (the listing's own descriptor is one): nothing to count.
            return Optional.empty();
        }
    }

    /** Every socket of the table by its /proc/self/fd name ({@code socket:[inode]}), as netstat prints it. */
    static Map<String, String> socketLines(SocketTable table) {
        Map<String, String> lines = new HashMap<>();
        for (InetSocketEntry e : table.inet()) {
            lines.put("socket:[" + e.inode() + "]", e.netstatLine().replaceAll("\\s+", " "));
        }
        for (UnixSocketEntry e : table.unix()) {
            lines.put("socket:[" + e.inode() + "]", e.netstatLine().replaceAll("\\s+", " "));
        }
        return lines;
    }

    /** This JVM's Unix socket folders in the temporary folder (see {@link UnixServer#folderPrefixOfThisJvm()}). */
    static List<String> socketFolders() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> all = Files.list(tmp)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(UnixServer.folderPrefixOfThisJvm())).sorted()
                    .toList();
        } catch (IOException e) {
            throw NetspecFailure.of("could not list " + tmp + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sockets that no /proc/net table lists: closed at the TCP level (a refused connect, say) or
     * never connected, with their descriptor still open.
     */
    public List<String> unlistedSockets() {
        return of(ResourceKind.SOCKET).stream().filter(id -> !details.containsKey(id)).toList();
    }

    public List<String> of(ResourceKind kind) {
        return items.get(kind);
    }

    /** The item with what is known about it: {@code socket:[123] tcp 0 0 127.0.0.1:4000 127.0.0.1:5000 ESTABLISHED}. */
    public String describe(String item) {
        String detail = details.get(item);
        if (detail == null && ResourceKind.ofDescriptor(item) == ResourceKind.SOCKET) {
            return item + " (in no /proc/net table: closed at the TCP level, or never connected)";
        }
        return detail == null ? item : item + " " + detail;
    }

    /** Counts by kind, this snapshot then {@code after}: "threads 31 → 32, sockets 4 → 4, …" (kinds that are 0 in both left out). */
    public String countsTo(ResourceSnapshot after) {
        List<String> parts = new ArrayList<>();
        for (ResourceKind kind : ResourceKind.values()) {
            int b = of(kind).size();
            int a = after.of(kind).size();
            if (a != 0 || b != 0) {
                parts.add(kind.plural() + " " + b + " → " + a);
            }
        }
        return String.join(", ", parts);
    }

    /** Every item added or gone by {@code after}, kind by kind, one a line: for looking into what a run holds. */
    public String changesTo(ResourceSnapshot after) {
        StringBuilder s = new StringBuilder();
        for (ResourceKind kind : ResourceKind.values()) {
            List<String> gone = new ArrayList<>(of(kind));
            after.of(kind).forEach(gone::remove);
            List<String> added = new ArrayList<>(after.of(kind));
            of(kind).forEach(added::remove);
            s.append(kind.plural()).append(": ").append(of(kind).size()).append(" → ").append(after.of(kind).size())
                    .append('\n');
            gone.forEach(g -> s.append("   - ").append(describe(g)).append('\n'));
            added.forEach(a -> s.append("   + ").append(after.describe(a)).append('\n'));
        }
        return s.toString();
    }
}
