package io.netspec.testkit.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

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
    private static final String PREFIX = "nsrun";
    /** In the run folder: the pid of the JVM that made the user, so a later run can tell an orphan. */
    private static final String OWNER = "owner.pid";
    public static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/go/bin";

    public final String name;
    public final long uid;
    public final Path run;
    public final Path home;
    public final String classPath;
    public final Path launcher;
    private final List<Path> before;

    private ThrowawayUser(String name, long uid, Path run, String classPath, Path launcher) throws IOException {
        this.before = ownedOutside(uid, run);
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
        if (!"0".equals(statusField(readStatus(), "Uid").split("\\s+")[1])) {
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

    /**
     * Makes the user, its run folder and the copy of {@code classPath} and {@code launcherJar}; first deletes
     * the throwaway users of runs whose JVM died before it could (killed, say).
     */
    public static ThrowawayUser create(String classPath, Path launcherJar) throws IOException, InterruptedException {
        reapOrphans();
        String name = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        Path run = Files.createTempDirectory(Path.of("/tmp"), "netspec-" + name + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(run.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
        Path home = Files.createDirectory(run.resolve("home"));
        // Its home is the run folder's home/, so the JVM's user.home (read from the user database) is there too.
        run(List.of("useradd", "--no-create-home", "--home-dir", home.toString(), "--user-group", "--shell", "/bin/sh", name));
        try {
            run(List.of("chown", name + ":" + name, home.toString()));
            long uid = Long.parseLong(output(List.of("id", "-u", name)).strip());
            Path cp = Files.createDirectory(run.resolve("cp"));
            List<String> copied = new ArrayList<>();
            int i = 0;
            for (String entry : classPath.split(":")) {
                Path from = Path.of(entry);
                if (Files.exists(from)) {
                    Path to = cp.resolve(String.format("%03d-%s", i++, from.getFileName()));
                    copyTree(from, to);
                    copied.add(to.toString());
                }
            }
            Path launcher = cp.resolve("launcher.jar");
            Files.copy(launcherJar, launcher);
            return new ThrowawayUser(name, uid, run, String.join(":", copied), launcher);
        } catch (IOException | RuntimeException e) {
            delete(name, run);
            throw e;
        }
    }

    /** Deletes every throwaway user whose run folder names a JVM that is gone. */
    private static void reapOrphans() throws IOException, InterruptedException {
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            String[] fields = line.split(":");
            if (fields.length < 6 || !fields[0].startsWith(PREFIX)) {
                continue;
            }
            Path home = Path.of(fields[5]);
            Path run = home.getParent();
            Path owner = run == null ? null : run.resolve(OWNER);
            boolean ownerAlive = owner != null && Files.isRegularFile(owner)
                    && ProcessHandle.of(Long.parseLong(Files.readString(owner).strip())).map(ProcessHandle::isAlive).orElse(false);
            // Only a user whose run folder names its JVM is reaped, when that JVM is gone: never one being made.
            if (owner != null && Files.isRegularFile(owner) && !ownerAlive) {
                delete(fields[0], run);
            }
        }
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
        // No /tmp/hsperfdata_<user>: the JVM's performance counters would be a file outside the run folder.
        java.addAll(List.of("-XX:-UsePerfData", "-Djava.io.tmpdir=" + home, "-cp", classPath, main));
        java.addAll(args);
        return java;
    }

    /** Files and folders this user made in the machine's temporary folders (/tmp, /var/tmp, /dev/shm) outside its run folder. */
    public List<Path> filesOutsideItsFolder() throws IOException {
        List<Path> found = ownedOutside(uid, run);
        found.removeAll(before);
        return found;
    }

    /** What {@code uid} owns in the temporary folders: a uid is reused, so an earlier user's files may be there. */
    private static List<Path> ownedOutside(long uid, Path run) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String dir : List.of("/tmp", "/var/tmp", "/dev/shm")) {
            try (Stream<Path> all = Files.list(Path.of(dir))) {
                all.filter(p -> !p.equals(run) && ownerOf(p) == uid).forEach(found::add);
            }
        }
        return found;
    }

    private static long ownerOf(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException e) {
            return -1; // gone while it was looked at
        }
    }

    /** Every process of this user still alive, by pid. */
    public List<Long> processes() {
        return processesOf(uid);
    }

    private static List<Long> processesOf(long uid) {
        return uid < 0 ? List.of() : ProcessHandle.allProcesses().filter(p -> uidOf(p.pid()) == uid).map(ProcessHandle::pid).toList();
    }

    private static long uidOf(long pid) {
        try {
            String uid = statusField(Files.readString(Path.of("/proc", Long.toString(pid), "status")), "Uid");
            return uid == null ? -1 : Long.parseLong(uid.split("\\s+")[1]);
        } catch (IOException | RuntimeException e) {
            return -1; // ended while it was looked at
        }
    }

    /** Kills whatever of the user's is left (by pid), deletes the user and the run folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        delete(name, run);
    }

    /** Kills the user's processes and waits (bounded) until they are gone, then deletes the user and {@code run}. */
    private static void delete(String name, Path run) throws IOException, InterruptedException {
        long uid;
        try {
            uid = Long.parseLong(output(List.of("id", "-u", name)).strip());
        } catch (IllegalStateException e) {
            uid = -1; // no such user any more
        }
        long of = uid;
        // userdel refuses a user with a process left: kill each (by pid) until none is, bounded.
        await("the processes of " + name + " end").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    List<Long> left = processesOf(of);
                    left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
                    return left.isEmpty();
                });
        try {
            if (uid >= 0) {
                run(List.of("userdel", name));
            }
        } finally {
            if (run != null && Files.isDirectory(run)) {
                try (Stream<Path> all = Files.walk(run)) {
                    for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    public static void run(List<String> command) throws IOException, InterruptedException {
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

    /** The value of "Name:\tvalue" in a /proc status text, or null. */
    private static String statusField(String status, String name) {
        return status.lines().filter(l -> l.startsWith(name + ":")).findFirst()
                .map(l -> l.substring(name.length() + 1).strip()).orElse(null);
    }
}
