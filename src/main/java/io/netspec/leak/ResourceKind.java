package io.netspec.leak;

/**
 * What a JVM can leave behind, by kind: its threads and child processes, the Unix socket folders
 * of this package, and its open file descriptors sorted by the target of their /proc/self/fd link.
 */
public enum ResourceKind {
    THREAD("thread", "threads"),
    PROCESS("child process", "child processes"),
    SOCKET_FOLDER("Unix socket folder", "Unix socket folders"),
    SOCKET("socket", "sockets"),
    PIPE("pipe", "pipes"),
    EPOLL("epoll descriptor", "epoll descriptors"),
    EVENTFD("eventfd", "eventfds"),
    ANON_INODE("other anonymous descriptor", "other anonymous descriptors"),
    JAR("jar file", "jar files"),
    FILE("file", "files"),
    DEVICE("device", "devices"),
    OTHER("other descriptor", "other descriptors");

    private final String one;
    private final String many;

    ResourceKind(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** The kind of a descriptor whose /proc/self/fd link reads {@code target}: socket:[123], pipe:[45], /a/b.jar … */
    public static ResourceKind ofDescriptor(String target) {
        if (target.startsWith("socket:[")) {
            return SOCKET;
        }
        if (target.startsWith("pipe:[")) {
            return PIPE;
        }
        if (target.equals("anon_inode:[eventpoll]")) {
            return EPOLL;
        }
        if (target.equals("anon_inode:[eventfd]")) {
            return EVENTFD;
        }
        if (target.startsWith("anon_inode:")) {
            return ANON_INODE;
        }
        if (target.startsWith("/dev/")) {
            return DEVICE;
        }
        if (target.endsWith(".jar") || target.endsWith("/lib/modules")) {
            return JAR;
        }
        return target.startsWith("/") ? FILE : OTHER;
    }

    /** "1 socket", "3 sockets". */
    public String count(int n) {
        return n + " " + (n == 1 ? one : many);
    }

    public String plural() {
        return many;
    }
}
