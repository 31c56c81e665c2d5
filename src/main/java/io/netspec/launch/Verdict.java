package io.netspec.launch;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the launcher decided for this JVM, recorded as system properties in premain (they stay for the
 * JVM's life) so that the capability check can say it.
 *
 * @param outcome what was done
 * @param blocker what stood in the way, for {@link Outcome#BLOCKED}; otherwise null
 * @param detail  the readings behind it, in a few words
 */
public record Verdict(Outcome outcome, Blocker blocker, String detail) {
    public static final String OUTCOME_PROPERTY = "netspec.launch";
    public static final String BLOCKER_PROPERTY = "netspec.launch.blocker";
    public static final String DETAIL_PROPERTY = "netspec.launch.detail";

    public enum Outcome {
        /** Holds CAP_SYS_ADMIN and CAP_NET_ADMIN already (root): left as it is, never re-launched. */
        PRIVILEGED,
        /** Re-launch inside a user namespace of its own (decided in the first JVM). */
        RELAUNCH,
        /** This is the re-launched JVM, holding the capabilities in its user namespace. */
        INSIDE,
        /** Hosts cannot run; {@link #blocker} says why. */
        BLOCKED
    }

    public static Verdict blocked(Blocker blocker, String detail) {
        return new Verdict(Outcome.BLOCKED, blocker, detail);
    }

    /**
     * The decision from {@code r}, trying the probe only where every reading allows a user namespace.
     * Order: what makes hosts impossible, then what the launcher needs, then the probe.
     */
    public static Verdict decide(Readings r, Supplier<Probe> probe) {
        if (!r.linux()) {
            return blocked(Blocker.NOT_LINUX, "os.name is " + r.osName());
        }
        if (r.privileged()) {
            return new Verdict(r.relaunched() ? Outcome.INSIDE : Outcome.PRIVILEGED, null, "uid " + r.uid());
        }
        if (r.relaunched()) {
            return blocked(r.apparmorRestrict().orElse(0) == 1 ? Blocker.APPARMOR : Blocker.NO_CAPABILITIES_INSIDE,
                    "CapEff " + Long.toHexString(r.effectiveCapabilities()) + " after the re-launch");
        }
        if (r.hostsOff()) {
            return blocked(Blocker.SWITCHED_OFF, "");
        }
        if (r.tun() != Readings.Tun.OPENS) {
            return blocked(r.tun() == Readings.Tun.MISSING ? Blocker.NO_TUN : Blocker.TUN_NOT_OPENABLE, "uid " + r.uid());
        }
        if (r.unshare().isEmpty()) {
            return blocked(Blocker.NO_UNSHARE, "");
        }
        if (r.maxUserNamespaces().isPresent() && r.maxUserNamespaces().getAsLong() == 0) {
            return blocked(Blocker.USER_NAMESPACES_OFF, "");
        }
        if (r.unprivilegedUsernsClone().isPresent() && r.unprivilegedUsernsClone().getAsLong() == 0) {
            return blocked(Blocker.UNPRIVILEGED_USER_NAMESPACES_OFF, "");
        }
        Probe tried = probe.get();
        if (tried.succeeded()) {
            return new Verdict(Outcome.RELAUNCH, null, r.unshare().get() + ", uid " + r.uid());
        }
        if (r.apparmorRestrict().orElse(0) == 1) {
            return blocked(Blocker.APPARMOR, tried.toString());
        }
        if (r.seccomp() == 2) {
            return blocked(Blocker.SECCOMP, "Seccomp: 2 in /proc/self/status; " + tried);
        }
        return blocked(Blocker.PROBE_FAILED, tried + "; " + r.unshare().get());
    }

    /** Sets the three system properties. */
    public void record() {
        System.setProperty(OUTCOME_PROPERTY, outcome.name());
        if (blocker != null) {
            System.setProperty(BLOCKER_PROPERTY, blocker.name());
        } else {
            System.clearProperty(BLOCKER_PROPERTY);
        }
        System.setProperty(DETAIL_PROPERTY, detail == null ? "" : detail);
    }

    /** What the launcher recorded in this JVM, if it ran. */
    public static Optional<Verdict> recorded() {
        String outcome = System.getProperty(OUTCOME_PROPERTY);
        if (outcome == null) {
            return Optional.empty();
        }
        String blocker = System.getProperty(BLOCKER_PROPERTY);
        try {
            return Optional.of(new Verdict(Outcome.valueOf(outcome), blocker == null ? null : Blocker.valueOf(blocker),
                    System.getProperty(DETAIL_PROPERTY, "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // set by hand to something the launcher never writes: as if it had not run
        }
    }

    /** The sentence a skip carries: the blocker, its detail and its fix. */
    public String describe() {
        return blocker == null ? outcome.name().toLowerCase(java.util.Locale.ROOT) + " (" + detail + ")" : blocker.describe(detail);
    }
}
