package io.netspec.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An ordinary user made for one test class and deleted after it (useradd, userdel), with a run folder
 * of its own: {@code cp/} holds a copy of the test class path that the user can read (root's Maven
 * repository is not readable by others), {@code home/} is the user's and holds everything its runs write.
 * Commands run as the user inside a private mount namespace, after a set-up shell line run there as root
 * (a 0666 node of /dev/net/tun bound over the machine's, say: the machine's own node is never changed).
 * Needs root; {@link #unavailable} says why not.
 */
public final class ThrowawayUser implements AutoCloseable {
    /** Binds a 0666 node of /dev/net/tun over the machine's, inside the private mount namespace only. */
    public static final String TUN_0666 = tunNode("0666");
    /** Binds a 0600 node of /dev/net/tun (root's, as on this machine kind) over the machine's. */
    public static final String TUN_0600 = tunNode("0600");
    /** Hides /dev/net/tun behind an empty folder. */
    public static final String NO_TUN = "mount -t tmpfs -o mode=0755 tmpfs /dev/net";
    static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/go/bin";

    public final String name;
    public final long uid;
    public final Path run;
    public final Path home;
    public final String classPath;
    public final Path launcher;

    private ThrowawayUser(String name, long uid, Path run, String classPath, Path launcher) {
        this.name = name;
        this.uid = uid;
        this.run = run;
        this.home = run.resolve("home");
        this.classPath = classPath;
        this.launcher = launcher;
    }

    private static String tunNode(String mode) {
        return "d=$(mktemp -d) && mount -t tmpfs -o mode=0755 tmpfs \"$d\" && mknod -m " + mode + " \"$d/tun\" c 10 200"
                + " && mount --bind \"$d/tun\" /dev/net/tun && umount -l \"$d\" && rmdir \"$d\"";
    }

    /** Why no user can be made here (not root, no useradd, no unshare), or empty. */
    public static Optional<String> unavailable() {
        if (!"0".equals(SystemView.field(readStatus(), "Uid").split("\\s+")[1])) {
            return Optional.of("making a throwaway user and its mount namespace needs root; the build runs as an"
                    + " ordinary user here, which is itself the rootless run");
        }
        for (String tool : List.of("useradd", "userdel", "unshare", "setpriv", "mknod")) {
            if (Stream.of(PATH.split(":")).noneMatch(d -> Files.isExecutable(Path.of(d, tool)))) {
                return Optional.of("no " + tool + " here (Debian: passwd, util-linux, coreutils)");
            }
        }
        return Optional.empty();
    }

    private static String readStatus() {
        try {
            return Files.readString(Path.of("/proc/self/status"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the user, its run folder and the copy of {@code classPath} and {@code launcherJar}. */
    public static ThrowawayUser create(String classPath, Path launcherJar) throws IOException, InterruptedException {
        String name = "nsrun" + UUID.randomUUID().toString().substring(0, 8);
        run(List.of("useradd", "--no-create-home", "--user-group", "--shell", "/bin/sh", name));
        long uid = Long.parseLong(output(List.of("id", "-u", name)).strip());
        Path run = Files.createTempDirectory(Path.of("/tmp"), "netspec-" + name + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path cp = Files.createDirectory(run.resolve("cp"));
        List<String> copied = new ArrayList<>();
        int i = 0;
        for (String entry : classPath.split(":")) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = cp.resolve(String.format("%03d-%s", i++, from.getFileName()));
            copyTree(from, to);
            copied.add(to.toString());
        }
        Path launcher = cp.resolve("launcher.jar");
        Files.copy(launcherJar, launcher);
        Path home = Files.createDirectory(run.resolve("home"));
        run(List.of("chown", name + ":" + name, home.toString()));
        return new ThrowawayUser(name, uid, run, String.join(":", copied), launcher);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * {@code command} as this user, in a private mount namespace where {@code setup} (a shell line, or "")
     * ran first as root, in its home folder, with an environment of its own: PATH, HOME and TMPDIR (its
     * home) and {@code env}.
     */
    public List<String> command(String setup, List<String> env, List<String> command) {
        List<String> all = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "--", "sh", "-c",
                (setup.isEmpty() ? "" : setup + " && ") + "cd " + home + " && exec setpriv --reuid=" + name + " --regid=" + name
                        + " --clear-groups -- \"$@\"", "sh", "env", "-i", "PATH=" + PATH, "HOME=" + home,
                "USER=" + name, "LOGNAME=" + name, "TMPDIR=" + home));
        all.addAll(env);
        all.addAll(command);
        return all;
    }

    /** java with the copied class path (and, with {@code launcher}, netspec's launcher) running {@code main}. */
    public List<String> java(boolean withLauncher, String main, String... args) {
        return java(List.of("-XX:TieredStopAtLevel=1"), withLauncher, main, List.of(args));
    }

    /** As {@link #java(boolean, String, String...)}, with {@code options} for the JVM (a benchmark's full JIT, say). */
    public List<String> java(List<String> options, boolean withLauncher, String main, List<String> args) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (withLauncher) {
            java.add("-javaagent:" + launcher);
        }
        java.addAll(options);
        java.addAll(List.of("-Djava.io.tmpdir=" + home, "-cp", classPath, main));
        java.addAll(args);
        return java;
    }

    /** Every process of this user still alive, by pid. */
    public List<Long> processes() {
        return ProcessHandle.allProcesses().filter(p -> uidOf(p.pid()) == uid).map(ProcessHandle::pid).toList();
    }

    private static long uidOf(long pid) {
        try {
            String uid = SystemView.field(Files.readString(Path.of("/proc", Long.toString(pid), "status")), "Uid");
            return uid == null ? -1 : Long.parseLong(uid.split("\\s+")[1]);
        } catch (IOException | RuntimeException e) {
            return -1; // ended while it was looked at
        }
    }

    /** Kills whatever of the user's is left (by pid), deletes the user and the run folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        for (long pid : processes()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        run(List.of("userdel", name));
        try (Stream<Path> all = Files.walk(run)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        output(command);
    }

    public static String output(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }
}
