package io.netspec.launch;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The state the diagnosis is decided from, as {@link SystemView} read it: no error message is among it.
 *
 * @param osName                 the JVM's os.name
 * @param effectiveCapabilities  CapEff of /proc/self/status as a bit set (0 when unreadable)
 * @param seccomp                the Seccomp mode of /proc/self/status: 0 none, 1 strict, 2 filter (0 when absent)
 * @param uid                    the effective user id (Uid of /proc/self/status; -1 when unreadable)
 * @param tun                    whether /dev/net/tun exists and opens for reading and writing
 * @param maxUserNamespaces      user.max_user_namespaces, where the file exists
 * @param unprivilegedUsernsClone Debian's kernel.unprivileged_userns_clone, where the file exists
 * @param apparmorRestrict       Ubuntu's kernel.apparmor_restrict_unprivileged_userns, where the file exists
 * @param unshare                the unshare command found on the PATH, where one is
 * @param relaunched             the environment says this JVM is the one netspec's launcher re-launched
 * @param hostsOff               NETSPEC_HOSTS (or -Dnetspec.hosts on the JVM's command line) is "off"
 */
public record Readings(String osName, long effectiveCapabilities, int seccomp, long uid, Tun tun,
                       OptionalLong maxUserNamespaces, OptionalLong unprivilegedUsernsClone,
                       OptionalLong apparmorRestrict, Optional<Unshare> unshare, boolean relaunched, boolean hostsOff) {
    static final int CAP_NET_ADMIN = 12;
    static final int CAP_SYS_ADMIN = 21;

    /** /dev/net/tun as this user finds it. */
    public enum Tun { OPENS, MISSING, NOT_OPENABLE }

    public boolean linux() {
        return osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** Holds CAP_SYS_ADMIN and CAP_NET_ADMIN: can make network namespaces as it is. */
    public boolean privileged() {
        long both = (1L << CAP_SYS_ADMIN) | (1L << CAP_NET_ADMIN);
        return (effectiveCapabilities & both) == both;
    }
}
