package io.netspec.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tries for real, in child processes, what the re-launched JVM would need: first a user namespace with
 * the user mapped in ({@code unshare --user ... true}), then a network namespace inside one
 * ({@code unshare --user ... -- unshare --net true}). Only exit statuses are kept.
 *
 * @param userNamespace     exit status of the first child (0: made)
 * @param networkNamespace  exit status of the second (0: made), or -1 when it was not tried
 */
public record Probe(int userNamespace, int networkNamespace) {
    private static final long BOUND_SECONDS = 10;

    public boolean succeeded() {
        return userNamespace == 0 && networkNamespace == 0;
    }

    /** Runs both children with {@code unshare}. */
    public static Probe run(Unshare unshare) {
        int user = exit(unshare.command(List.of("true")));
        if (user != 0) {
            return new Probe(user, -1);
        }
        List<String> inner = new ArrayList<>(List.of(unshare.path(), "--net", "true"));
        return new Probe(user, exit(unshare.command(inner)));
    }

    private static int exit(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return 124;
            }
            return p.exitValue();
        } catch (IOException e) {
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    @Override
    public String toString() {
        return "probe: unshare --user exited " + userNamespace
                + (networkNamespace < 0 ? "" : ", unshare --net inside it exited " + networkNamespace);
    }
}
