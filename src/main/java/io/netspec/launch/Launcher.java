package io.netspec.launch;

import java.lang.instrument.Instrumentation;
import java.util.List;

/**
 * The Java agent named by {@code -javaagent:} in the test JVM's arguments (Premain-Class of the netspec
 * jar and of the small launcher jar netspec's own build makes). Its premain runs before the test
 * framework's code reads anything: where the JVM is not privileged but the kernel lets this user make a
 * user namespace with a network namespace inside, it re-launches this same JVM there ({@link Relaunch});
 * otherwise it changes nothing and records why ({@link Verdict#record}). It never throws: a launcher that
 * fails leaves the JVM as it was and says so.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        premain(arguments);
    }

    public static void premain(String arguments) {
        Verdict verdict;
        try {
            verdict = launch(SystemView.live().read());
        } catch (Throwable t) { // an agent that throws stops the JVM: never
            verdict = Verdict.blocked(Blocker.LAUNCH_FAILED, t.toString());
        }
        verdict.record();
    }

    private static Verdict launch(Readings readings) throws Exception {
        Verdict verdict = Verdict.decide(readings, () -> Probe.run(readings.unshare().orElseThrow()));
        if (verdict.outcome() != Verdict.Outcome.RELAUNCH) {
            return verdict;
        }
        Unshare unshare = readings.unshare().orElseThrow();
        List<String> extra = unshare.mapsCurrentUser() ? List.of()
                : List.of("-Duser.home=" + System.getProperty("user.home"), "-Duser.name=" + System.getProperty("user.name"));
        int errno = Relaunch.exec(unshare, extra);
        return Verdict.blocked(Blocker.LAUNCH_FAILED, "execve of " + unshare.path() + " failed with errno " + errno);
    }
}
