package io.netspec.bench;

import io.netspec.launch.Launchers;
import io.netspec.launch.ThrowawayUser;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rootless side of a benchmark, in the same run as its root side: {@code RootlessSide CLASS ARGS...}
 * runs io.netspec.bench.CLASS as a throwaway ordinary user (a 0666 /dev/net/tun node bound in a private
 * mount namespace, as stock distributions have it), in a JVM started with netspec's launcher, so it runs
 * re-launched in a user namespace of its own; its output is printed as it comes. Needs root, to make the user.
 */
public final class RootlessSide {
    private RootlessSide() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> why = ThrowawayUser.unavailable();
        if (why.isPresent()) {
            System.out.println("rootless side skipped: " + why.get());
            return;
        }
        try (ThrowawayUser user = ThrowawayUser.create(System.getProperty("java.class.path"), Launchers.jar())) {
            List<String> java = user.java(List.of(), true, "io.netspec.bench." + args[0], Arrays.asList(args).subList(1, args.length));
            Process p = new ProcessBuilder(user.command(ThrowawayUser.TUN_0666, List.of(), java)).inheritIO().start();
            int exit = p.waitFor();
            System.out.println("(rootless side, as uid " + user.uid + ", exited " + exit + ")");
        }
    }
}
