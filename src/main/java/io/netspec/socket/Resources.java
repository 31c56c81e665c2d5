package io.netspec.socket;

import io.netspec.ostable.InetSocketEntry;
import io.netspec.ostable.SocketState;
import io.netspec.ostable.SocketTable;
import io.netspec.ostable.UnixSocketEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What this JVM holds that netspec could leak: its threads named {@code netspec-…}, its open file
 * descriptors and sockets (from /proc/self/fd), the sockets among them that listen or are bound (read
 * from /proc/net), and this JVM's temporary folders of Unix-domain servers.
 */
public record Resources(List<String> threads, int fileDescriptors, int sockets, List<String> listening,
                        List<String> socketFolders) {
    /** Thread names of the endpoints in this package. */
    public static final List<String> ENDPOINT_THREADS = List.of("netspec-tcp-", "netspec-udp-", "netspec-unix-",
            "netspec-process-");

    public static Resources count() {
        List<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("netspec-")).sorted().toList();
        List<String> fds = ResourceSnapshot.descriptorTargets(Path.of("/proc/self/fd"));
        Set<Long> inodes = new TreeSet<>();
        fds.stream().filter(link -> link.startsWith("socket:["))
                .forEach(link -> inodes.add(Long.parseLong(link.substring(8, link.length() - 1))));
        return new Resources(threads, fds.size(), inodes.size(), listening(inodes), ResourceSnapshot.socketFolders());
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
