package io.netspec.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Reads the state the diagnosis needs from the /proc and /dev views under a root folder ("/" on a real
 * machine; a folder that holds conditions this kernel cannot have, in tests), the environment and os.name.
 */
public final class SystemView {
    /** The environment variable netspec's launcher sets in the JVM it re-launches. */
    public static final String RELAUNCHED = "NETSPEC_USER_NAMESPACE";
    private static final long VERSION_BOUND_SECONDS = 5;

    private final Path root;
    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;

    public SystemView(Path root, UnaryOperator<String> environment, UnaryOperator<String> properties) {
        this.root = root;
        this.environment = environment;
        this.properties = properties;
    }

    /** This machine, this JVM's environment and system properties. */
    public static SystemView live() {
        return new SystemView(Path.of("/"), System::getenv, System::getProperty);
    }

    public Readings read() {
        String status = text("proc/self/status");
        String hosts = Optional.ofNullable(properties.apply("netspec.hosts")).filter(v -> !v.isBlank())
                .orElse(Optional.ofNullable(environment.apply("NETSPEC_HOSTS")).orElse(""));
        return new Readings(Optional.ofNullable(properties.apply("os.name")).orElse(""),
                hex(field(status, "CapEff")), (int) number(field(status, "Seccomp")).orElse(0),
                uid(field(status, "Uid")), tun(), number(text("proc/sys/user/max_user_namespaces")),
                number(text("proc/sys/kernel/unprivileged_userns_clone")),
                number(text("proc/sys/kernel/apparmor_restrict_unprivileged_userns")),
                unshare(), environment.apply(RELAUNCHED) != null, hosts.strip().equalsIgnoreCase("off"));
    }

    /** Whether /dev/net/tun opens for reading and writing (opened and closed at once: no device is made). */
    public Readings.Tun tun() {
        Path tun = root.resolve("dev/net/tun");
        if (!Files.exists(tun)) {
            return Readings.Tun.MISSING;
        }
        try (FileChannel ignored = FileChannel.open(tun, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return Readings.Tun.OPENS;
        } catch (IOException | SecurityException e) {
            return Readings.Tun.NOT_OPENABLE;
        }
    }

    /** The first executable unshare on the PATH, with its util-linux version. */
    Optional<Unshare> unshare() {
        String path = environment.apply("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "unshare");
            if (Files.isExecutable(candidate)) {
                return Optional.of(Unshare.of(candidate.toAbsolutePath().toString(), version(candidate)));
            }
        }
        return Optional.empty();
    }

    private static String version(Path unshare) {
        try {
            Process p = new ProcessBuilder(unshare.toString(), "--version").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(VERSION_BOUND_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private String text(String relative) {
        try {
            return ProcText.read(root.resolve(relative));
        } catch (IOException | SecurityException e) {
            return null; // absent or unreadable: the setting does not exist here
        }
    }

    /** The value of "Name:\tvalue" in a /proc status text, or null. */
    static String field(String status, String name) {
        if (status == null) {
            return null;
        }
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    static OptionalLong number(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static long hex(String text) {
        try {
            return text == null ? 0 : Long.parseUnsignedLong(text, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The effective uid: the second of the four numbers of "Uid:". */
    private static long uid(String text) {
        if (text == null) {
            return -1;
        }
        List<String> ids = List.of(text.split("\\s+"));
        return ids.size() > 1 ? number(ids.get(1)).orElse(-1) : -1;
    }
}
