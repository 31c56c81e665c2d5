package io.netspec.host;

import io.netspec.core.Settings;
import io.netspec.launch.Blocker;
import io.netspec.launch.Probe;
import io.netspec.launch.Readings;
import io.netspec.launch.SystemView;
import io.netspec.launch.Verdict;
import io.netspec.leak.Held;
import io.netspec.leak.ResourceKind;
import io.netspec.netns.Namespace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Whether hosts can run in this JVM: Linux, /dev/net/tun open for reading and writing, nsenter, ip,
 * setpriv and unshare (programs' PID namespaces) on the PATH, and the privilege to make a network namespace: root, or the capabilities of a
 * user namespace of the JVM's own, into which netspec's launcher re-launched it ({@link io.netspec.launch}).
 * Tried for real: one namespace is made and closed at once. Where it fails, the reason is the blocker
 * the launcher recorded, or one diagnosed now from the machine's state, with its one-line fix.
 */
public final class Capability {
    /** System property (or environment variable NETSPEC_HOSTS): "off" skips every host scenario. */
    public static final String SWITCH_PROPERTY = Settings.Knob.HOSTS.property();
    /**
     * How long the probe namespace may take. A kernel that cannot make one refuses at once; a slow one (it
     * waits for other namespaces being made or torn down, as beside other builds) must not read as "hosts
     * cannot run here", which would skip every host scenario on a busy machine.
     */
    static final Duration PROBE_BOUND = Duration.ofSeconds(60);

    private Capability() {
    }

    /** Why hosts cannot run here, with the fix, or empty when they can. */
    public static Optional<String> missing() {
        return missing(Settings.system(), SystemView.live());
    }

    static Optional<String> missing(Settings settings, SystemView view) {
        if (settings.get(Settings.Knob.HOSTS).filter("off"::equalsIgnoreCase).isPresent()) {
            return cannot(Blocker.SWITCHED_OFF, "");
        }
        String os = System.getProperty("os.name", "");
        if (!os.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return cannot(Blocker.NOT_LINUX, "this is " + os);
        }
        Readings.Tun tun = view.tun();
        if (tun != Readings.Tun.OPENS) {
            return cannot(tun == Readings.Tun.MISSING ? Blocker.NO_TUN : Blocker.TUN_NOT_OPENABLE, "");
        }
        for (String tool : new String[] {"nsenter", "ip", "setpriv", "unshare"}) {
            if (!onPath(tool)) {
                return Optional.of("hosts cannot run here: \"" + tool + "\" is not on the PATH. Fix: install iproute2"
                        + " and util-linux (bash ci/install-hosts.sh, or Debian: sudo apt-get install iproute2 util-linux)");
            }
        }
        try {
            Namespace.create("capability-check", PROBE_BOUND).close();
            return Optional.empty();
        } catch (IllegalStateException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            Verdict why = explain(view);
            return Optional.of("hosts cannot run here: " + (why.blocker() == null
                    ? Blocker.PROBE_FAILED.describe("this JVM could not make a network namespace: " + e.getMessage())
                    : why.describe()));
        }
    }

    /**
     * Why a namespace could not be made: what the launcher recorded in this JVM's start, or, where it
     * did not run, the diagnosis now; a probe that succeeds then means only the launcher was missing.
     */
    static Verdict explain(SystemView view) {
        Optional<Verdict> recorded = Verdict.recorded();
        if (recorded.isPresent()) {
            return recorded.get();
        }
        Readings readings = view.read();
        Verdict now = Verdict.decide(readings, () -> Probe.run(readings.unshare().orElseThrow()));
        return now.outcome() == Verdict.Outcome.RELAUNCH ? Verdict.blocked(Blocker.NO_LAUNCHER, now.detail()) : now;
    }

    /** How hosts run in this JVM, for the report: as root, or rootless in a user namespace of its own. */
    public static String mode() {
        return Verdict.recorded().filter(v -> v.outcome() == Verdict.Outcome.INSIDE)
                .map(v -> "rootless: in a user namespace of its own, re-launched by netspec's launcher (" + v.detail()
                        + "); /dev/cpu_dma_latency is root's, so no wake-latency request is made")
                .orElse("with the JVM's own privilege (root, or CAP_SYS_ADMIN and CAP_NET_ADMIN)");
    }

    private static Optional<String> cannot(Blocker blocker, String detail) {
        return Optional.of("hosts cannot run here: " + blocker.describe(detail));
    }

    /**
     * What hosts keep once used, for the JVM's life: JNA's cleaner thread and the (deleted) temporary file
     * its native dispatch code is mapped from, and the thread that starts programs inside hosts.
     */
    public static List<Held> held() {
        return List.of(
                Held.exactly("JNA's cleaner, started when hosts first load JNA", ResourceKind.THREAD, List.of("JNA Cleaner")).atMost(1),
                Held.exactly("the thread that starts programs inside hosts: a program's parent-death signal comes when it"
                        + " ends, so it lives as long as the JVM", ResourceKind.THREAD, List.of(Namespace.spawnerThread())).atMost(1),
                Held.matching("JNA's native dispatch code, mapped from a deleted temporary file", ResourceKind.FILE,
                        ".*/(ffi|jna)[^/]*( \\(deleted\\))?").atMost(2));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
