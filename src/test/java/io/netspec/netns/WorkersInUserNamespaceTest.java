package io.netspec.netns;

import io.netspec.host.Capability;
import io.netspec.testkit.netns.UserNamespaceMain;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a JVM whose user namespace is its own but whose network namespace is the machine's (how an
 * ordinary user's run works), a worker cannot go back to that namespace after work inside a host:
 * it ends instead of waiting for more work there, and the next piece of work gets a new worker.
 */
class WorkersInUserNamespaceTest {

    @Test
    void aWorkerThatCannotGoBackEnds() throws Exception {
        Optional<String> missing = Capability.missing();
        assumeTrue(missing.isEmpty(), () -> "hosts cannot run here: " + missing.orElse(""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process jvm = new ProcessBuilder("unshare", "--user", "--map-root-user", "--", java, "-cp", classPath,
                UserNamespaceMain.class.getName()).redirectErrorStream(true).start();
        String output;
        try {
            assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("the JVM in a user namespace ended").isTrue();
            output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            jvm.destroyForcibly();
        }
        assertThat(jvm.exitValue()).as("exit status; output: " + output).isZero();
        String worked = output.lines().filter(l -> l.startsWith("WORKED")).findFirst().orElse("(no WORKED line) " + output);
        String[] parts = worked.split(" ");
        assertThat(parts).as(worked).hasSize(5);
        assertThat(parts[2]).as("the first worker, after its work").isEqualTo("ended");
        assertThat(parts[4]).as("the second worker, after its work").isEqualTo("ended");
        assertThat(parts[1]).as("two workers, not one reused").isNotEqualTo(parts[3]);
    }
}
