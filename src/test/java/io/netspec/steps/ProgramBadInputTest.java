package io.netspec.steps;

import io.netspec.core.Requirement;
import io.netspec.host.Capability;
import io.netspec.testkit.Skip;
import io.netspec.testkit.steps.ThrowawayFeatures.Outcome;
import io.netspec.testkit.steps.ThrowawayFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


/** Bad input and faults about named programs fail their step within its bound, naming the input. */
class ProgramBadInputTest {
    private static final String WEB = """
            Given a network "office" on "192.168.1.0/24"
            And a host "web" at "192.168.1.10" on "office"
            """;
    private static final String SLEEPER = WEB + "And the command \"sleep 60\" runs on host \"web\" as \"sleeper\"\n";
    private static final String DONE = WEB
            + "When the command \"sh -c 'echo done; exit 2'\" runs on host \"web\" to completion within 5 s as \"once\"\n";

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("a program name used twice", SLEEPER
                                + "And the command \"sleep 61\" runs on host \"web\" as \"sleeper\"\n",
                        List.of("the name \"sleeper\" is already taken by a program")),
                Arguments.of("a name that is not a program", WEB + "Then \"web\" is running\n",
                        List.of("\"web\" is a host, but the step needs a program")),
                Arguments.of("an unknown program", WEB + "When \"ghost\" is killed\n",
                        List.of("there is no program named \"ghost\" in this scenario")),
                Arguments.of("the exit status of a program still running", SLEEPER + "Then \"sleeper\" exited with status 0\n",
                        List.of("\"sleeper\" has no exit status yet: it is still running", "to completion within")),
                Arguments.of("killing a program that already ended", DONE + "When \"once\" is killed\n",
                        List.of("\"once\" cannot be killed: it already exited with status 2")),
                Arguments.of("a command that does not exist", WEB
                                + "When the command \"netspec-nothing --here\" runs on host \"web\" to completion within 5 s as \"x\"\n",
                        List.of("the command \"netspec-nothing --here\" cannot start on host \"web\"",
                                "there is no program \"netspec-nothing\" on the PATH")),
                Arguments.of("a command that does not complete in time", WEB
                                + "When the command \"sleep 30\" runs on host \"web\" to completion within 300 ms as \"slow\"\n",
                        List.of("expected \"slow\" (\"sleep 30\" on host \"web\") to run to completion within 300 ms",
                                "it was still running, so it was killed")),
                Arguments.of("another exit status", DONE + "Then \"once\" exited with status 0\n",
                        List.of("expected \"once\" (\"sh -c 'echo done; exit 2'\" on host \"web\") to have exited with status 0,"
                                + " but it exited with status 2")),
                Arguments.of("output it did not print", DONE + "Then \"once\" printed \"nothing like this\"\n",
                        List.of("to have printed \"nothing like this\"", "its output ends with:\ndone")),
                Arguments.of("a line that never comes", SLEEPER + "Then \"sleeper\" prints a line matching \"Ready\" within 300 ms\n",
                        List.of("to print a line matching \"Ready\" within 300 ms, but none came")),
                Arguments.of("a pattern that is not one", SLEEPER + "Then \"sleeper\" prints a line matching \"(\" within 1 s\n",
                        List.of("\"(\" is not a Java regular expression")),
                Arguments.of("a program that ended, said running", DONE + "Then \"once\" is running\n",
                        List.of("to be running, but it exited with status 2")),
                Arguments.of("a pause of nothing", SLEEPER + "When \"sleeper\" is paused for 0 ms\n",
                        List.of("\"sleeper\" cannot be paused for 0 ms")),
                Arguments.of("a wait of nothing", "Given every wait in this scenario is at most 0 ms\n",
                        List.of("every wait in this scenario cannot be at most 0 ms")));
    }

    private static Map<String, Outcome> outcomes;

    @BeforeAll
    static void runEveryBadScenarioOnce(@TempDir Path dir) throws IOException {
        Optional<String> missing = Capability.missing();
        Skip.unlessMissing(missing, Requirement.HOSTS);
        outcomes = ThrowawayFeatures.run(dir, "@hosts\nFeature: bad program input\n", ThrowawayFeatures.scenarios(badScenarios()), 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void failsWithinItsBoundNamingTheInput(String what, String steps, List<String> expected) {
        ThrowawayFeatures.failedWithin(outcomes, what, expected, Duration.ofSeconds(15));
    }
}
