package io.netspec.host;

import io.netspec.core.NetspecFailure;
import io.netspec.netns.Namespace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A configuration tool (iproute2's {@code ip}, nftables' {@code nft}) run inside a namespace through
 * {@code nsenter --net=/proc/<jvm pid>/fd/<fd>}, fed on its standard input, bounded; fails with the
 * tool's own words. Never {@code ip netns add}: nothing outlives the JVM.
 */
final class InsideCommand {
    /** Output kept of one run: configuration tools say little, and a listing is cut here. */
    private static final int MAX_OUTPUT = 256 * 1024;

    private InsideCommand() {
    }

    /** Runs {@code command} (e.g. {@code ip -batch -}) inside {@code namespace} with {@code input}; returns its output. */
    static String run(Namespace namespace, List<String> command, String input, Duration bound) {
        List<String> full = new ArrayList<>(List.of("nsenter", "--net=" + namespace.path()));
        full.addAll(command);
        String tool = command.get(0);
        Process process;
        try {
            process = new ProcessBuilder(full).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw NetspecFailure.of("could not run nsenter and " + tool + " (util-linux and " + (tool.equals("nft")
                    ? "nftables" : "iproute2") + " must be installed; ci/install-hosts.sh installs them): " + e.getMessage(), e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw NetspecFailure.of(tool + " did not finish within " + bound.toMillis() + " ms inside " + namespace
                        + ": " + input.strip());
            }
            String output = new String(process.getInputStream().readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw NetspecFailure.of(tool + " failed (exit " + process.exitValue() + ") inside " + namespace
                        + " running " + String.join(" ", command) + " with " + input.strip() + ": " + output.strip());
            }
            return output;
        } catch (IOException e) {
            process.destroyForcibly();
            throw NetspecFailure.of("talking to " + tool + " inside " + namespace + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw NetspecFailure.of("interrupted while running " + tool + " inside " + namespace, e);
        }
    }
}
