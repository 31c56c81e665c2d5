package io.netspec.host;

import io.netspec.core.ScenarioError;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a program on a host is started so that it and every process it starts end together: in a PID
 * namespace of its own, whose first process (its init) is a small shell. The kernel kills every process
 * of a PID namespace when its init ends, so daemons that double-fork and children left behind cannot
 * escape; the init is tied to the one thread that starts processes inside hosts, which lives as long as
 * the JVM ({@link Host#spawn}), by parent-death signals ({@code setpriv --pdeathsig KILL} on {@code unshare},
 * {@code --kill-child} on the init), so a JVM that is killed, even by SIGKILL, takes the whole tree with it. No cgroup, so no delegation is needed: making
 * a PID namespace needs only CAP_SYS_ADMIN in the user namespace, which a rootless run has.
 *
 * <p>The program is an ordinary child of the init, not PID 1 itself: a PID 1 ignores every signal it has
 * no handler for (SIGTERM to a {@code sleep} would do nothing) and must reap orphans. The init forwards
 * SIGTERM to every process of the namespace, reaps orphans while it waits, reports on its standard error
 * (a pipe of its own, never the program's) its process id and, when the program ends, the program's own
 * exit status (128 + N for signal N, as a shell reports it) and whether it left processes behind; it stays
 * while they run, so they end with the scenario, not with the program.
 */
final class Contained {
    /** The init, run as {@code sh -c INIT netspec-init program args...}. */
    static final String INIT = String.join("\n",
            "trap 'stopping=1; tick=0.05; kill -TERM -1 2>/dev/null' TERM",
            "tick=1",
            "read -r self rest < /proc/self/stat",
            "echo \"pid $self\" >&2",
            "[ -n \"$stopping\" ] && exit 143",
            "\"$@\" 2>&1 &",
            "main=$!",
            "exec >/dev/null",
            "while :; do wait \"$main\"; status=$?; kill -0 \"$main\" 2>/dev/null || break; done",
            "if kill -0 -1 2>/dev/null; then echo \"exit $status left\" >&2; else echo \"exit $status alone\" >&2; exit 0; fi",
            "while kill -0 -1 2>/dev/null; do sleep \"$tick\" </dev/null >/dev/null 2>&1 & wait $!; done",
            "");

    private Contained() {
    }

    /** The command line that starts {@code command} contained; fails naming the program when it is not found. */
    static List<String> argv(List<String> command, String commandLine, String hostName) {
        String program = command.get(0);
        if (find(program, System.getenv("PATH")).isEmpty()) {
            throw ScenarioError.of("the command \"" + commandLine + "\" cannot start on host \"" + hostName + "\": "
                    + (program.contains("/") ? "\"" + program + "\" is not an executable file"
                    : "there is no program \"" + program + "\" on the PATH (" + System.getenv("PATH") + ")")
                    + "; install it, or name it with its full path");
        }
        List<String> argv = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--",
                "unshare", "--pid", "--fork", "--kill-child", "--", "sh", "-c", INIT, "netspec-init"));
        argv.addAll(command);
        return argv;
    }

    /** The executable {@code program} names: a path (with a /) as it is, else the first match on {@code path}. */
    static Optional<Path> find(String program, String path) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
