package io.netspec.steps;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorldTest {
    @Test
    void namesAreUniqueWhateverTheirKind() {
        World world = new World();
        world.register("echo", "TCP echo server", new Object());
        assertThatThrownBy(() -> world.register("echo", "UDP client", new Object()))
                .hasMessageContaining("\"echo\" is already taken by a TCP echo server");
    }

    @Test
    void lookupNamesWhatIsKnownWhenANameIsMissingOrOfTheWrongKind() {
        World world = new World();
        world.register("alice", "TCP client", "a string stands in for a client here");
        assertThatThrownBy(() -> world.lookup("bob", Integer.class, "TCP client"))
                .hasMessageContaining("no TCP client named \"bob\"").hasMessageContaining("\"alice\" (TCP client)");
        assertThatThrownBy(() -> world.lookup("alice", Integer.class, "UDP client"))
                .hasMessageContaining("\"alice\" is a TCP client, but the step needs a UDP client");
    }

    @Test
    void closesEverythingNewestFirstAndReportsEveryFailure() {
        World world = new World();
        List<String> closed = new ArrayList<>();
        world.register("a", "thing", (AutoCloseable) () -> closed.add("a"));
        world.register("b", "thing", (AutoCloseable) () -> {
            closed.add("b");
            throw new IllegalStateException("b broke");
        });
        world.register("c", "thing", (AutoCloseable) () -> closed.add("c"));
        assertThatThrownBy(world::close).hasMessageContaining("\"b\"").hasMessageContaining("b broke");
        assertThat(closed).containsExactly("c", "b", "a");
        world.close();
        assertThat(closed).hasSize(3);
    }

    @Test
    void theSameSeedGivesTheSameRandomChoicesPerPurpose() {
        World one = new World();
        one.seed(42);
        World two = new World();
        two.seed(42);
        assertThat(one.random("relay").nextLong()).isEqualTo(two.random("relay").nextLong());
        assertThat(one.random("relay").nextLong()).isNotEqualTo(one.random("payload").nextLong());
    }

    @Test
    void theSeedCannotChangeOnceRandomnessWasUsed() {
        World world = new World();
        world.seed(1);
        world.random("x");
        assertThatThrownBy(() -> world.seed(2)).hasMessageContaining("before anything random happens");
    }

    @Test
    void recallSaysWhichStepIsMissing() {
        World world = new World();
        assertThatThrownBy(() -> world.recall(String.class, "no address has been given yet"))
                .hasMessage("no address has been given yet");
        world.remember(String.class, "x");
        assertThat(world.recall(String.class, "unused")).isEqualTo("x");
    }

    @Test
    void savedValuesComeBeforeTheEnvironmentAndVanishWithTheScenario() {
        World world = new World();
        ParameterTypes types = new ParameterTypes(world);
        assertThatThrownBy(() -> types.text("127.0.0.1:${NETSPEC_TEST_PORT}")).hasMessageContaining("NETSPEC_TEST_PORT");
        world.setVariable("NETSPEC_TEST_PORT", "4242");
        assertThat(types.text("127.0.0.1:${NETSPEC_TEST_PORT}")).isEqualTo("127.0.0.1:4242");
        assertThatThrownBy(() -> world.setVariable("2bad", "x")).hasMessageContaining("\"2bad\" cannot name a value");
        world.close();
        assertThat(world.variable("NETSPEC_TEST_PORT")).isEmpty();
    }
}
