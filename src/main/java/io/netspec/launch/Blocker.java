package io.netspec.launch;

/**
 * What keeps hosts from running in this JVM, each found from state the code reads (never from an error
 * message), with what it is and the one-line fix.
 */
public enum Blocker {
    NOT_LINUX("hosts need Linux network namespaces, and this is not Linux",
            "run on Linux: a Linux CI runner, WSL 2 or a Linux virtual machine"),
    SWITCHED_OFF("hosts are switched off (-Dnetspec.hosts=off or NETSPEC_HOSTS=off)",
            "leave netspec.hosts and NETSPEC_HOSTS unset"),
    NO_TUN("hosts need TAP devices, but /dev/net/tun does not exist",
            "sudo modprobe tun; in a container: --device /dev/net/tun"),
    TUN_NOT_OPENABLE("hosts need TAP devices, but /dev/net/tun cannot be opened for reading and writing by this user",
            "sudo chmod 0666 /dev/net/tun (the mode stock Debian, Ubuntu and Fedora give it)"),
    NO_UNSHARE("the unshare command (util-linux) is not on the PATH, so no user namespace can be made",
            "install util-linux (Debian and Ubuntu: sudo apt-get install util-linux)"),
    USER_NAMESPACES_OFF("user namespaces are switched off: user.max_user_namespaces is 0",
            "sudo sysctl -w user.max_user_namespaces=15000"),
    UNPRIVILEGED_USER_NAMESPACES_OFF("user namespaces are switched off for ordinary users: kernel.unprivileged_userns_clone is 0 (Debian)",
            "sudo sysctl -w kernel.unprivileged_userns_clone=1"),
    APPARMOR("AppArmor leaves an ordinary user's user namespaces without capabilities: kernel.apparmor_restrict_unprivileged_userns is 1 (Ubuntu 23.10 and later)",
            "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or an AppArmor profile that allows userns for java (docs/hosts.md)"),
    SECCOMP("a seccomp filter refuses unshare (a container's default profile, such as Docker's)",
            "run the container with --security-opt seccomp=unconfined, or with --cap-add SYS_ADMIN --cap-add NET_ADMIN --device /dev/net/tun"),
    NO_CAPABILITIES_INSIDE("the JVM was re-launched in a user namespace, but holds no capabilities there (a security module refused them)",
            "run as root, or allow user namespaces for java in the security module (docs/hosts.md)"),
    PROBE_FAILED("making a user namespace with a network namespace inside failed",
            "run as root, or see docs/hosts.md for what the kernel must allow"),
    NO_LAUNCHER("this JVM is not privileged and was started without netspec's launcher, which would run it in a user namespace of its own",
            "add the launcher to the test JVM: <argLine>-javaagent:${settings.localRepository}/io/netspec/netspec/${netspec.version}/netspec-${netspec.version}.jar</argLine> (docs/using-netspec.md)"),
    LAUNCH_FAILED("netspec's launcher could not re-launch the JVM in a user namespace",
            "run as root, or report the detail below as a netspec bug");

    private final String what;
    private final String fix;

    Blocker(String what, String fix) {
        this.what = what;
        this.fix = fix;
    }

    public String what() {
        return what;
    }

    /** The one-line fix. */
    public String fix() {
        return fix;
    }

    /** "what (detail). Fix: fix", the sentence a skip or a required failure carries. */
    public String describe(String detail) {
        return what + (detail == null || detail.isBlank() ? "" : " (" + detail + ")") + ". Fix: " + fix;
    }
}
