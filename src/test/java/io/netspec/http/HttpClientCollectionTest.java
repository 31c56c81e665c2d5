package io.netspec.http;

import io.netspec.leak.Leftovers;
import io.netspec.leak.ResourceKind;
import io.netspec.leak.ResourceSnapshot;
import io.netspec.socket.Targets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JDK HTTP client cannot be closed in Java 17: after a call it still holds its selector thread and
 * descriptors (and, after a refused connect, that socket) until garbage collection. What it holds is
 * named by {@link HttpCaller#awaitingCollection}, and a collection ends it all.
 */
class HttpClientCollectionTest {
    @Test
    void aRefusedCallHoldsOnlyWhatAnUncollectedClientHoldsUntilCollected() {
        // A first call loads what the JVM opens once (its random source), which is no client's.
        HttpCaller.call("GET", "/", Targets.parse("127.0.0.1:1"), Duration.ofSeconds(2));
        ResourceSnapshot before = ResourceSnapshot.take();
        List<HttpOutcome> outcomes = List.of(
                HttpCaller.call("GET", "/", Targets.parse("127.0.0.1:1"), Duration.ofSeconds(2)),
                HttpCaller.call("GET", "/", Targets.parse("127.0.0.1:1"), Duration.ofSeconds(2)));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isEqualTo(HttpOutcome.Failure.CONNECTION_REFUSED));
        ResourceSnapshot after = ResourceSnapshot.take();

        Leftovers counted = Leftovers.between(before, after, HttpCaller.awaitingCollection(after));
        assertThat(counted.leftBehind()).as("held: %s", counted.describeHeld()).filteredOn(HttpClientCollectionTest::theCalls).isEmpty();
        Leftovers uncounted = Leftovers.between(before, after, List.of());
        assertThat(uncounted.leftBehind(ResourceKind.THREAD)).extracting(Leftovers.Item::id)
                .anySatisfy(t -> assertThat(t).matches("HttpClient-\\d+-SelectorManager"));

        Leftovers collected = Leftovers.settle(before, now -> List.of(), Duration.ofSeconds(10), true);
        assertThat(collected.leftBehind()).as("left by the calls after a collection: %s", collected.describe("the calls"))
                .filteredOn(HttpClientCollectionTest::theCalls).isEmpty();
    }

    /**
     * What the calls may have made: descriptors, and threads of a JDK HTTP client or of netspec. Another
     * thread that started meanwhile is another test's in this JVM (a "Thread-8" did, in a full build beside
     * four CPU hogs); no JDK HTTP client or netspec code makes a thread without its name.
     */
    private static boolean theCalls(Leftovers.Item item) {
        return item.kind() != ResourceKind.THREAD || item.id().startsWith("HttpClient-") || item.id().startsWith("netspec-");
    }
}
