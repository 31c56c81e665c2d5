package io.netspec.leak;

import io.netspec.core.ScenarioError;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resources of one kind that something keeps on purpose across a whole test run, with the reason:
 * the one shared Toxiproxy server's pipe, the jar files class loading opened. A before/after
 * comparison counts them as held, not as left behind; at most {@code most} of them, when their
 * number is known (one epoll descriptor per uncollected HTTP client).
 */
public record Held(String reason, ResourceKind kind, Predicate<String> owns, int most) {
    public Held {
        if (most < 0) {
            throw ScenarioError.of("a count of held " + kind.plural() + " cannot be negative: " + most);
        }
    }

    public Held(String reason, ResourceKind kind, Predicate<String> owns) {
        this(reason, kind, owns, Integer.MAX_VALUE);
    }

    /** The same, but no more than {@code n} items. */
    public Held atMost(int n) {
        return new Held(reason, kind, owns, n);
    }

    /** Exactly these items (descriptor targets such as {@code pipe:[123]}, thread names, {@code process 42}). */
    public static Held exactly(String reason, ResourceKind kind, Collection<String> items) {
        Set<String> set = Set.copyOf(items);
        return new Held(reason, kind, set::contains);
    }

    /** Every item whose whole name matches {@code regex}, such as a thread pool's {@code ForkJoinPool-\d+-worker-\d+}. */
    public static Held matching(String reason, ResourceKind kind, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new Held(reason, kind, item -> pattern.matcher(item).matches());
    }

    /**
     * The jar files class loading opens as classes are first used: those on the class path (as the JVM
     * sees it, and as surefire and failsafe name it when they launch with a manifest-only jar) and the
     * JDK's own.
     */
    public static Held classPathJars() {
        Set<String> onPath = new HashSet<>();
        for (String property : List.of("java.class.path", "surefire.test.class.path", "jdk.module.path")) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    onPath.add(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            }
        }
        String jdk = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize() + "/";
        return new Held("class loading", ResourceKind.JAR,
                jar -> onPath.contains(jar) || jar.startsWith(jdk));
    }

    /** The JDK's secure random source (NativePRNG) opens these once, on first use, for the JVM's life. */
    public static Held jdkRandomSources() {
        return exactly("the JDK's secure random source", ResourceKind.DEVICE, List.of("/dev/random", "/dev/urandom"));
    }

    /**
     * HotSpot reads its own cgroup's files ({@code memory.stat}, {@code cpu.max}, ...) in native code now and then,
     * to size its heap or its compiler threads, so a snapshot can catch one open for a moment.
     */
    public static Held jvmCgroupReads() {
        return matching("the JVM's reads of its cgroup's limits", ResourceKind.FILE, "/sys/fs/cgroup/.*");
    }

    boolean holds(ResourceKind itemKind, String item) {
        return kind == itemKind && owns.test(item);
    }
}
