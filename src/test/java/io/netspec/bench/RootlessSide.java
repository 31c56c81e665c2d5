package io.netspec.bench;

import io.netspec.core.Settings;
import io.netspec.testkit.launch.Launchers;
import io.netspec.testkit.launch.ThrowawayUser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rootless side of a benchmark, in the same run as its root side: {@code RootlessSide CLASS ARGS...}
 * runs io.netspec.bench.CLASS as a throwaway ordinary user (a 0666 /dev/net/tun node bound in a private
 * mount namespace, as stock distributions have it), in a JVM started with netspec's launcher, so it runs
 * re-launched in a user namespace of its own; its output is printed as it comes. The user gets a copy of this
 * machine's Toxiproxy server in its own cache folder. Needs root, to make the user.
 */
public final class RootlessSide {
    private RootlessSide() {
    }

    /** A copy of this machine's Toxiproxy server in the user's own cache folder (~/.cache/netspec), where netspec looks. */
    private static void giveToxiproxy(ThrowawayUser user) throws Exception {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cacheHere = Settings.system().get(Settings.Knob.CACHE).map(Path::of).orElse(
                (xdg == null ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg)).resolve("netspec"));
        Optional<Path> binary = Optional.of(cacheHere.resolve("toxiproxy-server")).filter(Files::isExecutable);
        if (binary.isEmpty()) {
            return; // the benchmark says what it tried
        }
        Path cache = Files.createDirectories(user.home.resolve(".cache/netspec"));
        Files.copy(binary.get(), cache.resolve("toxiproxy-server"), StandardCopyOption.COPY_ATTRIBUTES);
        ThrowawayUser.output(List.of("chown", "-R", user.name + ":" + user.name, user.home.resolve(".cache").toString()));
    }

    public static void main(String[] args) throws Exception {
        Optional<String> why = ThrowawayUser.unavailable();
        if (why.isPresent()) {
            System.out.println("rootless side skipped: " + why.get());
            return;
        }
        try (ThrowawayUser user = ThrowawayUser.create(System.getProperty("java.class.path"), Launchers.jar())) {
            // The throwaway user has no locale: its JVM would print "µs" as "?s" into this side's output.
            String charset = java.nio.charset.Charset.defaultCharset().name();
            List<String> java = user.java(List.of("-Dsun.stdout.encoding=" + charset, "-Dsun.stderr.encoding=" + charset), true, "io.netspec.bench." + args[0], Arrays.asList(args).subList(1, args.length));
            giveToxiproxy(user);
            Process p = new ProcessBuilder(user.command(ThrowawayUser.TUN_0666, List.of(), java)).inheritIO().start();
            int exit = p.waitFor();
            System.out.println("(rootless side, as uid " + user.uid + ", exited " + exit + ")");
        }
    }
}
