package io.netspec.socket;

import io.netspec.ostable.InetSocketEntry;
import io.netspec.ostable.SocketState;
import io.netspec.ostable.SocketTable;
import io.netspec.ostable.UnixSocketEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What this JVM holds that netspec could leak: its threads named {@code netspec-…}, its open file
 * descriptors and sockets (from /proc/self/fd), the sockets among them that listen or are bound (read
 * from /proc/net), and the temporary folders of Unix-domain servers.
 */
public record Resources(List<String> threads, int fileDescriptors, int sockets, List<String> listening,
                        List<String> socketFolders) {
    /** Thread names of the endpoints in this package. */
    public static final List<String> ENDPOINT_THREADS = List.of("netspec-tcp-", "netspec-udp-", "netspec-unix-",
            "netspec-process-");

    public static Resources count() {
        List<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("netspec-")).sorted().toList();
        Set<Long> inodes = new TreeSet<>();
        int fds = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : dir) {
                fds++;
                String link = readLink(fd);
                if (link.startsWith("socket:[")) {
                    inodes.add(Long.parseLong(link.substring(8, link.length() - 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list /proc/self/fd: " + e.getMessage(), e);
        }
        return new Resources(threads, fds, inodes.size(), listening(inodes), listSocketFolders());
    }

    /** The listening or bound sockets among this process's socket inodes, as netstat lines. */
    private static List<String> listening(Set<Long> inodes) {
        SocketTable table = SocketTable.read();
        List<String> lines = new ArrayList<>();
        for (InetSocketEntry e : table.inet()) {
            boolean serving = e.state() == SocketState.LISTEN || (e.isUdp() && e.local().getPort() != 0);
            if (serving && inodes.contains(e.inode())) {
                lines.add(e.netstatLine());
            }
        }
        for (UnixSocketEntry e : table.unix()) {
            if (e.listening() && inodes.contains(e.inode())) {
                lines.add(e.netstatLine());
            }
        }
        return lines;
    }

    private static List<String> listSocketFolders() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> all = Files.list(tmp)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(UnixServer.FOLDER_PREFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + tmp + ": " + e.getMessage(), e);
        }
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            // The descriptor used to list the folder is gone by now: nothing to count.
            return "";
        }
    }

    /** Endpoint threads still alive: after every endpoint is closed, there must be none. */
    public List<String> endpointThreads() {
        return threads.stream().filter(t -> ENDPOINT_THREADS.stream().anyMatch(t::startsWith)).toList();
    }

    /** What {@code later} holds beyond this count, in words; empty if nothing. */
    public List<String> leaksIn(Resources later) {
        List<String> leaks = new ArrayList<>();
        List<String> newThreads = new ArrayList<>(later.threads);
        threads.forEach(newThreads::remove);
        if (!newThreads.isEmpty()) {
            leaks.add("threads " + newThreads);
        }
        if (later.fileDescriptors > fileDescriptors) {
            leaks.add((later.fileDescriptors - fileDescriptors) + " file descriptors (" + fileDescriptors + " before, "
                    + later.fileDescriptors + " after)");
        }
        if (later.sockets > sockets) {
            leaks.add((later.sockets - sockets) + " sockets (" + sockets + " before, " + later.sockets + " after)");
        }
        List<String> newListening = new ArrayList<>(later.listening);
        listening.forEach(newListening::remove);
        if (!newListening.isEmpty()) {
            leaks.add("listening sockets " + newListening);
        }
        List<String> newFolders = new ArrayList<>(later.socketFolders);
        socketFolders.forEach(newFolders::remove);
        if (!newFolders.isEmpty()) {
            leaks.add("socket folders " + newFolders);
        }
        return leaks;
    }
}
