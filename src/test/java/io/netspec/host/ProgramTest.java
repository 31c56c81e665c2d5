package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.Requirement;
import io.netspec.core.ScenarioError;
import io.netspec.testkit.Skip;
import io.netspec.testkit.host.ProgramProcesses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Programs on a real host: each contained with its whole process tree (a grandchild that re-parents and a
 * child left behind end when the program is closed, and nothing holds its PID namespace afterwards), run
 * to completion with its own exit status, killed, paused (every process of its tree stopped), restarted,
 * stopped forcibly when it ignores SIGTERM, and refused with the input named when the scenario is wrong.
 */
class ProgramTest {
    private static final Supplier<Duration> WAIT = () -> Duration.ofMillis(500);
    private static Topology topology;
    private static Network office;
    private static Host web;

    @BeforeAll
    static void host() {
        Skip.unlessMissing(Capability.missing(), Requirement.HOSTS);
        topology = new Topology();
        office = topology.network("office", "192.168.7.0/24");
        web = topology.host("web", List.of(new Topology.Join(office, IpAddress.parse("192.168.7.10"))), false);
    }

    @AfterAll
    static void close() {
        if (web != null) {
            web.close();
            office.close();
        }
    }

    private static String nonce() {
        return Long.toString(System.nanoTime() % 1_000_000_000L);
    }

    @Test
    void aGrandchildThatLeftItsParentEndsWithTheProgram() throws Exception {
        String nonce = nonce();
        Program program = Program.start(web, "orphan", "sh -c '(sleep 997." + nonce + " &); sleep 60'",
                Program.Mode.KEEPS_RUNNING, WAIT);
        String pidNamespace = Files.readSymbolicLink(Path.of("/proc", Long.toString(program.pid()), "ns", "pid")).toString();
        assertThat(ProgramProcesses.withExactArgument("997." + nonce)).as("the grandchild runs while the program does").hasSize(1);
        program.close();
        assertThat(ProgramProcesses.withArgument(nonce)).as("processes left after the program was closed").isEmpty();
        assertThat(holdersOf(pidNamespace)).as("processes in the program's PID namespace after it was closed").isEmpty();
    }

    @Test
    void aChildLeftBehindRunsOnUntilTheProgramIsClosedThenEnds() throws Exception {
        String nonce = nonce();
        Program program = Program.start(web, "daemon", "sh -c 'sleep 996." + nonce + " & exit 0'",
                Program.Mode.TO_COMPLETION, WAIT);
        program.awaitCompletion(Duration.ofSeconds(10));
        program.checkExitStatus(0);
        // The shell may exit before its child has become "sleep 996.<nonce>" (forked, not yet executed): wait for it.
        await("the child it left behind, until the scenario ends").atMost(Duration.ofSeconds(10))
                .until(() -> ProgramProcesses.withExactArgument("996." + nonce).size() == 1);
        program.close();
        assertThat(ProgramProcesses.withArgument(nonce)).as("processes left after the program was closed").isEmpty();
    }

    @Test
    void aProgramRunToCompletionHasItsOwnStatusAndOutputWithTheLastLineKeptWithoutANewline() {
        try (Program program = Program.start(web, "fetch", "sh -c 'echo one; echo two >&2; printf three; exit 3'",
                Program.Mode.TO_COMPLETION, WAIT)) {
            program.awaitCompletion(Duration.ofSeconds(10));
            program.checkExitStatus(3);
            program.checkPrinted("one\ntwo\nthree".getBytes(StandardCharsets.UTF_8), "one, two, three");
            assertThatThrownBy(() -> program.checkExitStatus(0)).isInstanceOf(ExpectationFailure.class)
                    .hasMessageContaining("exited with status 3");
            assertThat(program.report()).contains("the last line has no newline");
            assertThatThrownBy(program::kill).isInstanceOf(ScenarioError.class).hasMessageContaining("\"fetch\" cannot be killed");
        }
    }

    @Test
    void aKilledProgramEndsWithItsWholeTreeAndAShellsStatus() throws Exception {
        String nonce = nonce();
        try (Program program = Program.start(web, "server", "sh -c 'sleep 995." + nonce + " & sleep 994." + nonce + "'",
                Program.Mode.KEEPS_RUNNING, WAIT)) {
            program.checkRunning();
            assertThatThrownBy(() -> program.checkExitStatus(0)).isInstanceOf(ScenarioError.class)
                    .hasMessageContaining("\"server\" has no exit status yet");
            program.kill();
            assertThat(ProgramProcesses.withArgument(nonce)).isEmpty();
            program.checkExitStatus(137);
            assertThatThrownBy(program::checkRunning).isInstanceOf(ExpectationFailure.class).hasMessageContaining("was killed");
            assertThat(program.events()).extracting(ProgramEvent::kind)
                    .containsExactly(ProgramEvent.Kind.STARTED, ProgramEvent.Kind.KILLED);
        }
    }

    @Test
    void aPauseStopsEveryProcessOfTheTreeAndARestartStartsItAgain() throws Exception {
        try (Program program = Program.start(web, "busy", "sh -c 'sleep 60 & sleep 60'", Program.Mode.KEEPS_RUNNING, WAIT)) {
            long firstInit = program.pid();
            program.pause(Duration.ofSeconds(60));
            List<Character> states = states(firstInit);
            assertThat(states).as("the init, the shell and its two sleeps").hasSize(4).containsOnly('T');
            assertThatThrownBy(program::checkRunning).isInstanceOf(ExpectationFailure.class).hasMessageContaining("paused");
            program.restart();
            assertThat(program.pid()).isNotEqualTo(firstInit);
            assertThat(states(program.pid())).doesNotContain('T');
            program.checkRunning();
            assertThat(program.events()).extracting(ProgramEvent::kind).containsExactly(ProgramEvent.Kind.STARTED,
                    ProgramEvent.Kind.PAUSED, ProgramEvent.Kind.RESUMED, ProgramEvent.Kind.RESTARTED);
        }
    }

    @Test
    void aProgramThatIgnoresSigtermIsKilledAfterTheWait() {
        Program program = Program.start(web, "stubborn", "sh -c 'trap \"\" TERM; sleep 60'", Program.Mode.KEEPS_RUNNING, WAIT);
        program.close();
        assertThat(program.report()).contains("was killed by netspec (SIGKILL (9)");
    }

    @Test
    void badInputNamesTheInput() {
        assertThatThrownBy(() -> Program.start(web, "x", "no-such-program-here --flag", Program.Mode.KEEPS_RUNNING, WAIT))
                .isInstanceOf(ScenarioError.class).hasMessageContaining("no program \"no-such-program-here\" on the PATH");
        assertThatThrownBy(() -> Program.start(web, "y", "true", Program.Mode.KEEPS_RUNNING, WAIT))
                .isInstanceOf(ScenarioError.class).hasMessageContaining("ended at once").hasMessageContaining("to completion within");
        try (Program program = Program.start(web, "z", "sleep 60", Program.Mode.KEEPS_RUNNING, WAIT)) {
            assertThatThrownBy(() -> program.awaitLine("(", Duration.ofMillis(1))).isInstanceOf(ScenarioError.class)
                    .hasMessageContaining("\"(\" is not a Java regular expression");
            assertThatThrownBy(() -> program.pause(Duration.ZERO)).isInstanceOf(ScenarioError.class);
        }
    }

    /** The state letter (R, S, T, Z ...) of {@code init} and each of its descendants. */
    private static List<Character> states(long init) throws IOException {
        List<Long> pids = new ArrayList<>(List.of(init));
        ProcessHandle.of(init).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
        List<Character> states = new ArrayList<>();
        for (long pid : pids) {
            states.add(ProcessStates.of(pid));
        }
        return states;
    }

    /** Processes whose PID namespace is {@code namespace} ("pid:[inode]"). */
    private static List<String> holdersOf(String namespace) throws IOException {
        List<String> found = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readSymbolicLink(proc.resolve("ns/pid")).toString().equals(namespace)) {
                        found.add(proc.getFileName().toString());
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        }
        return found;
    }
}
