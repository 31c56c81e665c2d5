package io.netspec.socket;

import io.netspec.core.ScenarioError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which places reach which targets, decided before a client tries: the rules of {@link Reach}. */
class ReachTest {
    /** A stand-in for a host's namespace: only its name matters to the rules. */
    private static SocketPlace host(String name) {
        return new SocketPlace() {
            @Override
            public <T> T open(Opening<T> opening) throws IOException {
                return opening.open();
            }

            @Override
            public String describe() {
                return "host \"" + name + "\"";
            }
        };
    }

    private static Target target(String address, SocketPlace place) throws UnknownHostException {
        InetSocketAddress at = new InetSocketAddress(InetAddress.getByName(address), 6379);
        return new Target() {
            @Override
            public SocketAddress address() {
                return at;
            }

            @Override
            public String describe() {
                return "\"redis\" (" + address + ":6379)";
            }

            @Override
            public Optional<SocketPlace> place() {
                return Optional.ofNullable(place);
            }
        };
    }

    private final SocketPlace web = host("web");
    private final SocketPlace db = host("db");

    @Test
    void aTargetInTheSamePlaceOrOnAnotherHostsNetworkAddressIsReached() throws Exception {
        assertThatCode(() -> Reach.require(db, target("127.0.0.1", db), "a client")).doesNotThrowAnyException();
        assertThatCode(() -> Reach.require(web, target("10.0.0.5", db), "a client")).doesNotThrowAnyException();
        assertThatCode(() -> Reach.require(SocketPlace.HERE, target("127.0.0.1", SocketPlace.HERE), "a client"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Reach.require(web, target("10.0.0.5", null), "a client")).as("a literal address: the OS decides")
                .doesNotThrowAnyException();
    }

    @Test
    void thisMachinesNamespaceAndTheHostsShareNoNetwork() throws Exception {
        assertThatThrownBy(() -> Reach.require(SocketPlace.HERE, target("10.0.0.5", db), "the link \"wan\""))
                .isInstanceOf(ScenarioError.class)
                .hasMessage("the link \"wan\" in this machine's own network namespace cannot reach \"redis\" (10.0.0.5:6379),"
                        + " which is inside host \"db\"; put the link \"wan\" on a host (a phrase with ... on host \"...\")");
        assertThatThrownBy(() -> Reach.require(web, target("127.0.0.1", SocketPlace.HERE), "the TCP client \"alice\""))
                .isInstanceOf(ScenarioError.class).hasMessageStartingWith("the TCP client \"alice\" on host \"web\" cannot"
                        + " reach \"redis\" (127.0.0.1:6379): it listens in this machine's own network namespace");
    }

    @Test
    void anotherHostsLoopbackIsReachedFromThatHostOnly() throws Exception {
        assertThatThrownBy(() -> Reach.require(web, target("127.0.0.1", db), "an HTTP client")).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("it listens on the loopback of host \"db\", which only that host reaches");
    }
}
