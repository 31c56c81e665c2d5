package io.netspec.launch;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replaces this process with {@code unshare <user namespace options> -- <this very java command line>}
 * by execve(2): the process id, the standard streams (a test JVM's channel to Maven) and the environment
 * stay, so Maven sees the same fork; unshare makes the user namespace and execs the same java again,
 * which starts afresh inside it. Every other descriptor is marked close-on-exec first, so the new JVM
 * inherits none of the old one's files.
 */
final class Relaunch {
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;

    /** The C library calls, bound only when a re-launch happens. */
    interface C extends Library {
        int execve(String path, Pointer argv, Pointer envp);

        int fcntl(int fd, int command, int argument);
    }

    private Relaunch() {
    }

    /** The new command line: unshare's, then this JVM's own (argv[0] made absolute), read byte for byte. */
    static List<byte[]> commandLine(Unshare unshare, byte[] cmdline, String java, List<String> extra) {
        List<byte[]> args = new ArrayList<>();
        for (String part : unshare.command(List.of(java))) {
            args.add(part.getBytes(StandardCharsets.UTF_8));
        }
        extra.forEach(e -> args.add(e.getBytes(StandardCharsets.UTF_8)));
        List<byte[]> own = split(cmdline);
        args.addAll(own.subList(Math.min(1, own.size()), own.size()));
        return args;
    }

    /** The environment, byte for byte, with the marker that stops a second re-launch. */
    static List<byte[]> environment(byte[] environ) {
        List<byte[]> env = new ArrayList<>();
        for (byte[] e : split(environ)) {
            if (!new String(e, StandardCharsets.UTF_8).startsWith(SystemView.RELAUNCHED + "=")) {
                env.add(e);
            }
        }
        env.add((SystemView.RELAUNCHED + "=1").getBytes(StandardCharsets.UTF_8));
        return env;
    }

    /** NUL-separated strings, as /proc/self/cmdline and /proc/self/environ hold them. */
    static List<byte[]> split(byte[] block) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < block.length; i++) {
            if (block[i] == 0) {
                parts.add(Arrays.copyOfRange(block, start, i));
                start = i + 1;
            }
        }
        if (start < block.length) {
            parts.add(Arrays.copyOfRange(block, start, block.length));
        }
        return parts;
    }

    /**
     * Execs the new command line; returns only when execve failed, with errno's number.
     * {@code extra}: arguments put right after java (the user's home and name where uid 0 is mapped).
     */
    static int exec(Unshare unshare, List<String> extra) throws IOException {
        byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        byte[] environ = Files.readAllBytes(Path.of("/proc/self/environ"));
        String java = Files.readSymbolicLink(Path.of("/proc/self/exe")).toString();
        C c = Native.load("c", C.class);
        closeOnExec(c);
        List<Memory> kept = new ArrayList<>();
        c.execve(unshare.path(), pointers(commandLine(unshare, cmdline, java, extra), kept),
                pointers(environment(environ), kept));
        return Native.getLastError();
    }

    private static void closeOnExec(C c) throws IOException {
        List<Integer> fds = new ArrayList<>();
        try (DirectoryStream<Path> open = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : open) {
                fds.add(Integer.parseInt(fd.getFileName().toString()));
            }
        }
        fds.stream().filter(fd -> fd > 2).forEach(fd -> c.fcntl(fd, F_SETFD, FD_CLOEXEC));
    }

    /** A NULL-terminated array of NUL-terminated strings in native memory, kept reachable by {@code kept}. */
    private static Pointer pointers(List<byte[]> strings, List<Memory> kept) {
        Memory array = new Memory((long) (strings.size() + 1) * Native.POINTER_SIZE);
        kept.add(array);
        for (int i = 0; i < strings.size(); i++) {
            byte[] s = strings.get(i);
            Memory m = new Memory(s.length + 1L);
            m.write(0, s, 0, s.length);
            m.setByte(s.length, (byte) 0);
            kept.add(m);
            array.setPointer((long) i * Native.POINTER_SIZE, m);
        }
        array.setPointer((long) strings.size() * Native.POINTER_SIZE, null);
        return array;
    }
}
